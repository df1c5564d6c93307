import type { FitCommand } from '../../ast/nodes.js';
import { clause, option, spaced, word } from '../values.js';

/** `fit Algorithm opts f1 f2 [by a] [into model]`. */
export function formatFit(c: FitCommand): string {
  return spaced('fit', word(c.algorithm), ...c.options.map(option), ...c.fields.map(word), clause('by', c.by.map(word)), c.into && `into ${word(c.into)}`);
}
