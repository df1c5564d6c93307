import type { ApplyCommand } from '../../ast/nodes.js';
import { option, spaced, word } from '../values.js';

/** `apply model [as x] opts`. */
export function formatApply(c: ApplyCommand): string {
  return spaced('apply', word(c.model), c.as && `as ${word(c.as)}`, ...c.options.map(option));
}
