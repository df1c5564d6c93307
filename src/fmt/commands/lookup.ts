import type { LookupCommand } from '../../ast/nodes.js';
import { option, spaced, word } from '../values.js';
import { formatFieldAlias } from './shared.js';

/** `lookup opts table in [as a], … [OUTPUT|OUTPUTNEW out [as o], …]`. */
export function formatLookup(c: LookupCommand): string {
  const output = c.output && spaced(c.output.mode, c.output.fields.map(formatFieldAlias).join(', '));
  return spaced('lookup', ...c.options.map(option), word(c.table), c.inputs.map(formatFieldAlias).join(', '), output);
}
