import type { InputlookupCommand } from '../../ast/nodes.js';
import type { Printer } from '../printer.js';
import { option, spaced, word } from '../values.js';

/** `inputlookup opts table [where <search>]`. */
export function formatInputlookup(c: InputlookupCommand, p: Printer): string {
  return spaced('inputlookup', ...c.options.map(option), word(c.table), c.where && `where ${p.search(c.where)}`);
}
