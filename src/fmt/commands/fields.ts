import type { FieldsCommand } from '../../ast/nodes.js';
import { spaced, word } from '../values.js';

/** `fields - a, b`; the mode is printed only when written, as `fields a` and `fields + a` are different trees. */
export function formatFields(c: FieldsCommand): string {
  return spaced('fields', c.explicitMode && c.mode, c.fields.map(word).join(', '));
}
