import type { RexCommand } from '../../ast/nodes.js';
import { option, spaced, value } from '../values.js';

/** `rex opts "pattern"`. */
export function formatRex(c: RexCommand): string {
  return spaced('rex', ...c.options.map(option), value(c.pattern));
}
