import type { CyberchefCommand } from '../../ast/nodes.js';
import { option, spaced, word } from '../values.js';

/** `cyberchef opts args`. */
export function formatCyberchef(c: CyberchefCommand): string {
  return spaced('cyberchef', ...c.options.map(option), ...c.args.map(word));
}
