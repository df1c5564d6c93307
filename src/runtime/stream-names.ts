import type { HeadCommand, LookupCommand, RexCommand } from '../ast/nodes.js';
import type { LookupStore } from '../lookups/store.js';
import { compilePcre } from './eval/pcre.js';
import { findOption, intOption, parseCount } from './options.js';

/**
 * What a streamed stage needs to know before its rows: the fields it may add,
 * in the order it adds them, and head's count. Each mirrors the command's own
 * reading (commands/rex.ts, lookup.ts, head.ts); the stage itself has already
 * run once on no rows, so whatever it refuses has been refused.
 */

/** rex's named groups in pattern order (a match on "" of the pattern or nothing shows every name); sed mode adds none. */
export function rexGroupNames(cmd: RexCommand): string[] {
  if (findOption(cmd.options, 'mode') !== undefined) return [];
  const re = compilePcre(cmd.pattern.text, cmd.pattern.span);
  const probe = new RegExp(`(?:${re.source})|`, re.flags);
  return Object.keys(probe.exec('')?.groups ?? {});
}

/** lookup's destination fields: the OUTPUT/OUTPUTNEW list, else every lookup field that is not an input. */
export function lookupOutputNames(cmd: LookupCommand, store: LookupStore): string[] {
  if (cmd.output !== undefined) return cmd.output.fields.map((a) => (a.as ?? a.field).text);
  const inputs = new Set(cmd.inputs.map((a) => a.field.text));
  return (store.get(cmd.table.text)?.fields ?? []).filter((f) => !inputs.has(f));
}

/** head's N: the count, else limit=, else 10. */
export function headLimit(cmd: HeadCommand): number {
  return cmd.count === undefined ? intOption(cmd.options, 'limit', 10) : parseCount(cmd.count.text, cmd.count.span, `${cmd.kind} count`);
}
