import type { BinCommand } from '../../ast/nodes.js';
import { option, spaced, word } from '../values.js';

/** `bin opts field [as x]`; bucket the same. */
export function formatBin(c: BinCommand): string {
  return spaced(c.kind, ...c.options.map(option), word(c.field), c.as && `as ${word(c.as)}`);
}
