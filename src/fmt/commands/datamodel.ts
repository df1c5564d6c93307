import type { DatamodelCommand } from '../../ast/nodes.js';
import { option, spaced, word } from '../values.js';

/** `datamodel opts model dataset mode`. */
export function formatDatamodel(c: DatamodelCommand): string {
  return spaced('datamodel', ...c.options.map(option), ...c.args.map(word));
}
