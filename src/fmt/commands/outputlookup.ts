import type { OutputlookupCommand } from '../../ast/nodes.js';
import { option, spaced, word } from '../values.js';

export function formatOutputlookup(c: OutputlookupCommand): string {
  return spaced('outputlookup', ...c.options.map(option), word(c.table));
}
