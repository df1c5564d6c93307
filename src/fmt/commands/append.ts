import type { AppendCommand } from '../../ast/nodes.js';
import type { Printer } from '../printer.js';
import { option, spaced } from '../values.js';

/** `append opts [subsearch]`; appendpipe the same. */
export function formatAppend(c: AppendCommand, p: Printer): string {
  return spaced(c.kind, ...c.options.map(option), p.subsearch(c.subsearch));
}
