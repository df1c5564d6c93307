import type { AddtotalsCommand } from '../../ast/nodes.js';
import { option, spaced, word } from '../values.js';

/** `addtotals opts fields`. */
export function formatAddtotals(c: AddtotalsCommand): string {
  return spaced('addtotals', ...c.options.map(option), ...c.fields.map(word));
}
