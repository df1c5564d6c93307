import type { ExtractCommand } from '../../ast/nodes.js';
import { option, spaced, word } from '../values.js';

/** `extract opts args`. */
export function formatExtract(c: ExtractCommand): string {
  return spaced('extract', ...c.options.map(option), ...c.args.map(word));
}
