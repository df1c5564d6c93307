import type { StatsCommand } from '../../ast/nodes.js';
import type { Row, Table } from '../../values/value.js';
import type { EvalPort } from '../eval-port.js';
import { checkOptions } from '../options.js';
import type { Accumulator } from './accumulator.js';
import { compileFunction, refuseAllnum, type CompiledFunction } from './compile.js';
import { singleGroupOf } from './groups.js';
import { DEFAULT_STATS_LIMITS, type StatsLimits } from './limits.js';

/**
 * eventstats: the stats of each group added to every result of the group, in
 * the original order; results missing a BY field are passed through unchanged.
 * A function with no value removes a field of the same name from the result.
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Eventstats
 */
export function applyEventstats(table: Table, cmd: StatsCommand, port: EvalPort, limits: StatsLimits = DEFAULT_STATS_LIMITS): Table {
  checkOptions('eventstats', cmd.options, ['allnum']);
  refuseAllnum(cmd);
  const functions = cmd.functions.map((f) => compileFunction(f, 'eventstats', port, limits));
  const keys = table.rows.map((row) => singleGroupOf(row, cmd.by, 'eventstats')?.key);
  const states = new Map<string, Accumulator[]>();
  table.rows.forEach((row, i) => {
    const key = keys[i];
    if (key === undefined) return;
    let state = states.get(key);
    if (state === undefined) states.set(key, (state = functions.map((f) => f.make())));
    state.forEach((acc, j) => acc.add(functions[j]!.feed(row), row));
  });
  const rows = table.rows.map((row, i) => {
    const state = states.get(keys[i] ?? '');
    return keys[i] === undefined || state === undefined ? row : withResults(row, functions, state);
  });
  return { fields: [...new Set([...table.fields, ...functions.map((f) => f.name)])], rows };
}

/** A copy of the row with each function's current result set (or removed when it has none). */
export function withResults(row: Row, functions: readonly CompiledFunction[], state: readonly Accumulator[]): Row {
  const out: Row = new Map(row);
  functions.forEach((f, i) => {
    const value = state[i]!.result();
    if (value === undefined) out.delete(f.name);
    else out.set(f.name, value);
  });
  return out;
}
