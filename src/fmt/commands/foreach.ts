import type { ForeachCommand } from '../../ast/nodes.js';
import type { Printer } from '../printer.js';
import { option, spaced, word } from '../values.js';

/** `foreach opts f1 f2 [eval …]`: the templated body opens bare, as it is written. */
export function formatForeach(c: ForeachCommand, p: Printer): string {
  return spaced('foreach', ...c.options.map(option), ...c.fields.map(word), p.subsearch(c.body, true));
}
