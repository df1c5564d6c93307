import type { IplocationCommand } from '../../ast/nodes.js';
import { option, spaced, word } from '../values.js';

/** `iplocation opts field`. */
export function formatIplocation(c: IplocationCommand): string {
  return spaced('iplocation', ...c.options.map(option), word(c.field));
}
