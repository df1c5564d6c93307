import type { MakemvCommand } from '../../ast/nodes.js';
import { option, spaced, word } from '../values.js';

/** `makemv opts field`; mvcombine the same. */
export function formatMakemv(c: MakemvCommand): string {
  return spaced(c.kind, ...c.options.map(option), word(c.field));
}
