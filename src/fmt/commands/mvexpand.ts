import type { MvexpandCommand } from '../../ast/nodes.js';
import { option, spaced, word } from '../values.js';

/** `mvexpand field opts`, the order of Splunk's syntax (`mvexpand x limit=10`). */
export function formatMvexpand(c: MvexpandCommand): string {
  return spaced('mvexpand', word(c.field), ...c.options.map(option));
}
