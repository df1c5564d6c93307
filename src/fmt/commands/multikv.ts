import type { MultikvCommand } from '../../ast/nodes.js';
import { option, spaced, word } from '../values.js';

/** `multikv opts args`. */
export function formatMultikv(c: MultikvCommand): string {
  return spaced('multikv', ...c.options.map(option), ...c.args.map(word));
}
