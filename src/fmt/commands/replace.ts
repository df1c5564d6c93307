import type { ReplaceCommand } from '../../ast/nodes.js';
import { clause, spaced, value, word } from '../values.js';

/** `replace "a" with "b", "c" with "d" in f1, f2`. */
export function formatReplace(c: ReplaceCommand): string {
  const pairs = c.pairs.map((p) => `${value(p.from)} with ${value(p.to)}`).join(', ');
  return spaced('replace', pairs, clause('in', c.fields.map(word), ', '));
}
