import type { AppendCommand } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import type { Table } from '../../values/value.js';
import { allFields } from '../field-glob.js';
import { boolOption, checkOptions, findOption, intOption } from '../options.js';

/**
 * append and appendpipe: the rows of `right` after those of `table`; fields are
 * those of `table`, then those only `right` has. For append `right` is the
 * subsearch's results; for appendpipe it is the subpipeline run on `table`
 * ("applied to the search results from the commands that occur in the search
 * before the appendpipe command"). The caller computes `right`.
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Append
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Appendpipe
 * Options:
 * - append maxout: "The maximum number of result rows to output from the
 *   subsearch", default 50000: `right` is cut to its first maxout rows. maxout=0
 *   (not documented as "no limit") is refused.
 * - append maxtime/timeout only bound how long the subsearch may run; splice runs
 *   it to the end, so they are checked and have no effect.
 * - append extendtimerange=true changes the search's time range, not rows, but
 *   later commands may read that range, so it is refused; false is the default.
 * - appendpipe run_in_preview only changes what the preview shows before the
 *   search finishes ("when the search finishes, the results include the impact
 *   of the appendpipe command"), so it has no effect.
 */
export const APPEND_DEFAULT_MAXOUT = 50_000;

export function applyAppend(table: Table, cmd: AppendCommand, right: Table): Table {
  const kept = cmd.kind === 'append' ? appendRows(cmd, right) : appendpipeRows(cmd, right);
  const ours = allFields(table);
  const theirs = allFields(right).filter((f) => !ours.includes(f));
  return { fields: [...ours, ...theirs], rows: [...table.rows, ...kept] };
}

function appendRows(cmd: AppendCommand, right: Table): Table['rows'] {
  checkOptions('append', cmd.options, ['extendtimerange', 'maxtime', 'maxout', 'timeout']);
  const extend = findOption(cmd.options, 'extendtimerange');
  if (extend !== undefined && boolOption(cmd.options, 'extendtimerange', false)) {
    throw errorAt('unsupported', 'unsupported: append extendtimerange=true', extend.span);
  }
  intOption(cmd.options, 'maxtime', 60);
  intOption(cmd.options, 'timeout', 60);
  const maxout = intOption(cmd.options, 'maxout', APPEND_DEFAULT_MAXOUT);
  const written = findOption(cmd.options, 'maxout');
  if (maxout === 0 && written !== undefined) throw errorAt('unsupported', 'unsupported: append maxout=0', written.span);
  return right.rows.slice(0, maxout);
}

function appendpipeRows(cmd: AppendCommand, right: Table): Table['rows'] {
  checkOptions('appendpipe', cmd.options, ['run_in_preview']);
  boolOption(cmd.options, 'run_in_preview', true);
  return right.rows;
}
