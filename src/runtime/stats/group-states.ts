import type { Row, Scalar } from '../../values/value.js';
import type { Accumulator } from './accumulator.js';
import type { CompiledFunction } from './compile.js';
import type { Group } from './groups.js';

/** The running state of every group, for stats, chart and timechart. */
export interface GroupStates {
  /** The group's accumulators, one a function, made on first use. */
  stateFor(group: Group): Accumulator[];
  /** Adds one row's values (as `feed` gave them, one list a function) to the group. */
  add(group: Group, fed: readonly (readonly Scalar[])[], row: Row): void;
  /** Every group seen, in the order first seen. */
  entries(): { readonly group: Group; readonly state: readonly Accumulator[] }[];
}

export function groupStates(functions: readonly CompiledFunction[]): GroupStates {
  const groups = new Map<string, { group: Group; state: Accumulator[] }>();
  const stateFor = (group: Group): Accumulator[] => {
    let entry = groups.get(group.key);
    if (entry === undefined) groups.set(group.key, (entry = { group, state: functions.map((f) => f.make()) }));
    return entry.state;
  };
  return {
    stateFor,
    add: (group, fed, row) => stateFor(group).forEach((acc, i) => acc.add(fed[i]!, row)),
    entries: () => [...groups.values()],
  };
}
