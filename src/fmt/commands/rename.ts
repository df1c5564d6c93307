import type { RenameCommand } from '../../ast/nodes.js';
import { word } from '../values.js';

/** `rename a as b, c as d`. */
export function formatRename(c: RenameCommand): string {
  return `rename ${c.pairs.map((p) => `${word(p.from)} as ${word(p.to)}`).join(', ')}`;
}
