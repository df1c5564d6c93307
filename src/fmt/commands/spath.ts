import type { SpathCommand } from '../../ast/nodes.js';
import { option, spaced, value } from '../values.js';

/** `spath opts ["path"]`. */
export function formatSpath(c: SpathCommand): string {
  return spaced('spath', ...c.options.map(option), c.path && value(c.path));
}
