import type { StatsCommand } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import type { Row, Scalar, Table } from '../../values/value.js';
import type { EvalPort } from '../eval-port.js';
import { boolOption, checkOptions, findOption, intOption } from '../options.js';
import type { Accumulator } from './accumulator.js';
import { compileFunction, refuseAllnum, type CompiledFunction } from './compile.js';
import { withResults } from './eventstats.js';
import { singleGroupOf } from './groups.js';
import { DEFAULT_STATS_LIMITS, type StatsLimits } from './limits.js';

/** limits.conf [stats] max_stream_window: the largest window streamstats accepts. */
const MAX_STREAM_WINDOW = 10_000;

interface Seen {
  readonly key: string | undefined;
  readonly row: Row;
  readonly fed: readonly (readonly Scalar[])[];
}

/**
 * streamstats: running statistics in result order, per BY group.
 * - current=true (default) includes the result itself; false uses only earlier
 *   ones, so the first result of a group gets count=0 and no other values [INF].
 * - window=N uses only the last N results (0, the default, means all: the page
 *   also says max_stream_window's 10000 applies when no window is set; we read
 *   that as the cap on window=, since `streamstats count` numbers any number of
 *   results [INF]); with
 *   global=true (default) the N are the last N results of the stream, of which
 *   the current group's are used; with global=false each group has its own N.
 * - reset_on_change=true starts over (all groups) when the BY values change
 *   from one result to the next; results missing a BY field do not count as a change.
 * Results missing a BY field get no statistics. time_window, reset_before and
 * reset_after are refused.
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Streamstats
 */
export function applyStreamstats(table: Table, cmd: StatsCommand, port: EvalPort, limits: StatsLimits = DEFAULT_STATS_LIMITS): Table {
  checkOptions('streamstats', cmd.options, ['current', 'window', 'global', 'reset_on_change', 'allnum']);
  refuseAllnum(cmd);
  const current = boolOption(cmd.options, 'current', true);
  const window = intOption(cmd.options, 'window', 0);
  if (window > MAX_STREAM_WINDOW) {
    throw errorAt('invalid-argument', `streamstats: window=${window} is larger than max_stream_window (${MAX_STREAM_WINDOW})`, findOption(cmd.options, 'window')!.span);
  }
  const global = boolOption(cmd.options, 'global', true);
  const resetOnChange = boolOption(cmd.options, 'reset_on_change', false);
  const functions = cmd.functions.map((f) => compileFunction(f, 'streamstats', port, limits));
  const running = new Map<string, Accumulator[]>();
  let stream: Seen[] = [];
  let perGroup = new Map<string, Seen[]>();
  let previous: string | undefined;
  const rows = table.rows.map((row) => {
    const key = singleGroupOf(row, cmd.by, 'streamstats')?.key;
    const seen: Seen = { key, row, fed: key === undefined ? [] : functions.map((f) => f.feed(row)) };
    if (key === undefined) {
      if (window > 0 && global) stream = remember(stream, seen, window);
      return row;
    }
    if (resetOnChange && previous !== undefined && key !== previous) {
      running.clear();
      stream = [];
      perGroup = new Map();
    }
    previous = key;
    if (window === 0) {
      let state = running.get(key);
      if (state === undefined) running.set(key, (state = functions.map((f) => f.make())));
      const before = current ? undefined : withResults(row, functions, state);
      state.forEach((acc, i) => acc.add(seen.fed[i]!, row));
      return before ?? withResults(row, functions, state);
    }
    const before = global ? stream : (perGroup.get(key) ?? []);
    const after = remember(before, seen, window);
    if (global) stream = after;
    else perGroup.set(key, after);
    const used = (current ? after : before).filter((s) => s.key === key);
    return withResults(row, functions, fresh(functions, used));
  });
  return { fields: [...new Set([...table.fields, ...functions.map((f) => f.name)])], rows };
}

function remember(list: readonly Seen[], seen: Seen, window: number): Seen[] {
  return [...list, seen].slice(-window);
}

function fresh(functions: readonly CompiledFunction[], used: readonly Seen[]): Accumulator[] {
  const state = functions.map((f) => f.make());
  for (const seen of used) state.forEach((acc, i) => acc.add(seen.fed[i]!, seen.row));
  return state;
}
