import type { FromjsonCommand } from '../../ast/nodes.js';
import { option, spaced, word } from '../values.js';

/** `fromjson field opts`. */
export function formatFromjson(c: FromjsonCommand): string {
  return spaced('fromjson', word(c.field), ...c.options.map(option));
}
