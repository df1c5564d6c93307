import type { FromCommand } from '../../ast/nodes.js';
import { spaced, word } from '../values.js';

/** `from datamodel:A.B`, or `from datamodel A.B`. */
export function formatFrom(c: FromCommand): string {
  return spaced('from', ...c.args.map(word));
}
