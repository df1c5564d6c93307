import type { HeadCommand } from '../../ast/nodes.js';
import { option, spaced, word } from '../values.js';

/** `head [N] opts`; tail the same. */
export function formatHead(c: HeadCommand): string {
  return spaced(c.kind, c.count && word(c.count), ...c.options.map(option));
}
