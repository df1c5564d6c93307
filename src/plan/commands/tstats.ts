import type { Command, CommandOption, TstatsCommand } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import { booleanOption, rejectUnknownOptions } from '../options.js';
import type { SqlSource } from '../plan.js';
import { lowerAggregate } from './tstats-aggregates.js';
import { planPrestats } from './tstats-prestats.js';
import { scanTstats, tstatsSource } from './tstats-scan.js';

const OPTIONS = ['prestats', 'local', 'append', 'summariesonly', 'include_reduced_buckets', 'allow_old_summaries', 'chunk_size', 'fillnull_value'];

/**
 * tstats over a data model → one SELECT … GROUP BY. Output: BY fields first, in
 * BY order and with their full names, then aggregates in written order (§2.5, §8.1).
 * Without fillnull_value a row with a null BY field is dropped; with it the null
 * becomes that value (tstats docs, fillnull_value). With prestats=true the
 * command after it (`next`) aggregates instead (see planPrestats).
 */
export function planTstats(cmd: TstatsCommand, next?: Command): SqlSource {
  const { fillnull, prestats } = readOptions(cmd);
  if (cmd.functions.length === 0) throw errorAt('syntax-error', 'tstats needs at least one function, such as count', cmd.span);
  const scan = scanTstats(cmd, fillnull);
  if (prestats !== undefined) return planPrestats(cmd, scan, prestats, next);
  const aggregates = cmd.functions.map((a) => lowerAggregate(scan.table, a, scan.warnings));

  const columns = [
    ...scan.by.map((b) => ({ name: b.name, decode: 'scalar' as const, expr: b.expr })),
    ...aggregates.map((a) => ({ name: a.name, decode: a.decode, expr: a.expr })),
  ];
  return tstatsSource(cmd, scan, columns, true);
}

/** fillnull_value, and the prestats=true option when set; append=true is refused, the rest only validated (no effect on local data). */
function readOptions(cmd: TstatsCommand): { fillnull?: string; prestats?: CommandOption } {
  rejectUnknownOptions(cmd.options, OPTIONS, 'tstats');
  let fillnull: string | undefined;
  let prestats: CommandOption | undefined;
  for (const option of cmd.options) {
    const name = option.name.text.toLowerCase();
    if (name === 'fillnull_value') fillnull = option.value.text;
    else if (name === 'prestats') prestats = booleanOption(option) ? option : undefined;
    else if (name === 'append' && booleanOption(option)) throw errorAt('unsupported', 'unsupported: tstats append=true', option.span);
    else if (name !== 'chunk_size') booleanOption(option);
  }
  return { ...(fillnull === undefined ? {} : { fillnull }), ...(prestats === undefined ? {} : { prestats }) };
}
