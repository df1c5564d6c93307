import type { FillnullCommand } from '../../ast/nodes.js';
import { option, spaced, word } from '../values.js';

/** `fillnull opts f1 f2`. */
export function formatFillnull(c: FillnullCommand): string {
  return spaced('fillnull', ...c.options.map(option), ...c.fields.map(word));
}
