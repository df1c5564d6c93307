import type { JoinCommand } from '../../ast/nodes.js';
import type { Printer } from '../printer.js';
import { option, spaced, word } from '../values.js';

/** `join opts f1, f2 [subsearch]`. */
export function formatJoin(c: JoinCommand, p: Printer): string {
  return spaced('join', ...c.options.map(option), c.fields.map(word).join(', '), p.subsearch(c.subsearch));
}
