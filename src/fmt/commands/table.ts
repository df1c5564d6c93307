import type { TableCommand } from '../../ast/nodes.js';
import { spaced, word } from '../values.js';

/** `table a, b`. */
export function formatTable(c: TableCommand): string {
  return spaced('table', c.fields.map(word).join(', '));
}
