import type { DedupCommand } from '../../ast/nodes.js';
import { clause, option, spaced, word } from '../values.js';
import { formatSortKey } from './shared.js';

/** `dedup [N] opts f1 f2 [sortby -x +y]`. */
export function formatDedup(c: DedupCommand): string {
  return spaced('dedup', c.count && word(c.count), ...c.options.map(option), ...c.fields.map(word), clause('sortby', c.sortby.map(formatSortKey)));
}
