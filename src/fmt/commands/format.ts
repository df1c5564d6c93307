import type { FormatCommand } from '../../ast/nodes.js';
import { option, spaced, value } from '../values.js';

/** `format opts "s1" "s2" …`. */
export function formatFormat(c: FormatCommand): string {
  return spaced('format', ...c.options.map(option), ...c.strings.map(value));
}
