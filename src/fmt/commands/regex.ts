import type { RegexCommand } from '../../ast/nodes.js';
import { pair, value, word } from '../values.js';

/** `regex field="pattern"`, `regex field!="pattern"` or `regex "pattern"` (on _raw). */
export function formatRegex(c: RegexCommand): string {
  const pattern = value(c.pattern);
  return `regex ${c.field ? pair(word(c.field), c.negated ? '!=' : '=', pattern) : pattern}`;
}
