import type { StatsCommand } from '../../ast/nodes.js';
import type { FieldValue, Row, Scalar, Table } from '../../values/value.js';
import type { EvalPort } from '../eval-port.js';
import { boolOption, checkOptions } from '../options.js';
import type { Accumulator } from '../stats/accumulator.js';
import { compileFunction, refuseAllnum, type CompiledFunction } from '../stats/compile.js';
import { applyEventstats } from '../stats/eventstats.js';
import { compareGroups, groupsOf } from '../stats/groups.js';
import { groupStates } from '../stats/group-states.js';
import { DEFAULT_STATS_LIMITS, type StatsLimits } from '../stats/limits.js';
import { applyStreamstats } from '../stats/streamstats.js';
import { expandWildcards } from '../stats/wildcards.js';
import { allFields } from '../field-glob.js';

/**
 * stats, eventstats and streamstats over rows.
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Stats
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Eventstats
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Streamstats
 */
export function applyStats(table: Table, cmd: StatsCommand, port: EvalPort, limits: StatsLimits = DEFAULT_STATS_LIMITS): Table {
  switch (cmd.kind) {
    case 'stats':
      return stats(table, cmd, port, limits);
    case 'eventstats':
      return applyEventstats(table, cmd, port, limits);
    case 'streamstats':
      return applyStreamstats(table, cmd, port, limits);
  }
}

/**
 * One row per group: BY fields first in BY order, then the functions in written
 * order (spl-semantics.md §8.1); rows sorted by the BY values. Without BY there
 * is always one row, even over no results (`count` is then 0).
 * Options: `partitions` only spreads work, `delim` only shapes the single-value
 * form of list()/values() that splice does not produce; `allnum=true` is refused.
 */
function stats(table: Table, cmd: StatsCommand, port: EvalPort, limits: StatsLimits): Table {
  checkOptions('stats', cmd.options, ['partitions', 'allnum', 'delim', 'dedup_splitvals']);
  refuseAllnum(cmd);
  const by = cmd.by.map((w) => w.text);
  const functions = expandWildcards(cmd.functions, allFields(table), by).map((f) => compileFunction(f, 'stats', port, limits));
  const dedup = boolOption(cmd.options, 'dedup_splitvals', false);
  const groups = groupStates(functions);
  if (by.length === 0) groups.stateFor({ key: '[]', values: [] });
  for (const row of table.rows) {
    const memberships = groupsOf(row, by, dedup);
    if (memberships === undefined) continue;
    const fed = functions.map((f) => f.feed(row));
    for (const group of memberships) groups.add(group, fed, row);
  }
  const sorted = groups.entries().sort((a, b) => compareGroups(a.group, b.group));
  return {
    fields: [...new Set([...by, ...functions.map((f) => f.name)])],
    rows: sorted.map(({ group, state }) => outputRow(by, group.values, functions, state)),
  };
}

function outputRow(by: readonly string[], values: readonly Scalar[], functions: readonly CompiledFunction[], state: readonly Accumulator[]): Row {
  const row: Row = new Map<string, FieldValue>();
  by.forEach((field, i) => row.set(field, values[i]!));
  functions.forEach((f, i) => {
    const value = state[i]!.result();
    if (value === undefined) row.delete(f.name);
    else row.set(f.name, value);
  });
  return row;
}
