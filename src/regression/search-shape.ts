import type { Command, Pipeline } from '../ast/nodes.js';
import type { Plan } from '../plan/plan.js';
import { applyRename } from '../runtime/commands/rename.js';

/** Commands after which the row order is still the order a sort left. */
const ORDER_KEEPING = new Set<string>(['table', 'fields', 'rename', 'eval', 'convert', 'head', 'tail', 'where', 'search', 'fillnull', 'fieldformat', 'lookup', 'iplocation']);

/**
 * Whether a search's rows come out in an order it chose: its last
 * order-changing command is `sort` (commands that keep row order, such as
 * table, rename or head, may follow it). Otherwise rows compare as a multiset.
 */
export function endsInSort(pipeline: Pipeline): boolean {
  for (let i = pipeline.commands.length - 1; i >= 0; i--) {
    const command = pipeline.commands[i] as Command;
    if (command.kind === 'sort') return true;
    if (!ORDER_KEEPING.has(command.kind)) return false;
  }
  return false;
}

/**
 * The fields that name a result row: the BY fields of the last tstats or stats,
 * under the names later renames give them (`drop_dm_object_name`). Only used
 * to key the diff; undefined when a later command reshapes the rows.
 */
export function keyFields(pipeline: Pipeline, plan: Plan): string[] | undefined {
  const first = pipeline.commands[0];
  let keys: string[] | undefined = first?.kind === 'tstats' && first.by.length > 0 ? first.by.map((w) => w.text) : undefined;
  for (const stage of plan.stages) {
    if (stage.kind === 'rename') {
      if (keys) keys = [...applyRename({ fields: keys, rows: [] }, stage).fields];
    } else if (stage.kind === 'command') {
      const kind = stage.command.kind;
      if (kind === 'stats') keys = stage.command.by.length > 0 ? stage.command.by.map((w) => w.text) : undefined;
      else if (!ORDER_KEEPING.has(kind) && kind !== 'sort' && kind !== 'eventstats' && kind !== 'dedup') keys = undefined;
    } else if (stage.kind !== 'search' && stage.kind !== 'convert' && stage.kind !== 'iplocation') {
      keys = undefined;
    }
  }
  return keys;
}
