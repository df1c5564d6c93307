import type { XmlkvCommand } from '../../ast/nodes.js';
import { option, spaced, word } from '../values.js';

/** `xmlkv [field] opts`. */
export function formatXmlkv(c: XmlkvCommand): string {
  return spaced('xmlkv', c.field && word(c.field), ...c.options.map(option));
}
