import type { SortCommand } from '../../ast/nodes.js';
import { spaced, word } from '../values.js';
import { formatSortKey } from './shared.js';

/** `sort [N] -x, +num(y) [d]`. */
export function formatSort(c: SortCommand): string {
  return spaced('sort', c.count && word(c.count), c.keys.map(formatSortKey).join(', '), c.descending && 'd');
}
