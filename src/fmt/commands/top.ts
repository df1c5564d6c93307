import type { TopCommand } from '../../ast/nodes.js';
import { clause, option, spaced, word } from '../values.js';

/** `top opts f… [by f…]`; rare the same. */
export function formatTop(c: TopCommand): string {
  return spaced(c.kind, ...c.options.map(option), ...c.fields.map(word), clause('by', c.by.map(word)));
}
