import type { SearchCommand } from '../../ast/nodes.js';
import type { Printer } from '../printer.js';
import { spaced } from '../values.js';

/** `search <expr>` (the pipeline prints a first search as its bare expression). */
export function formatSearch(c: SearchCommand, p: Printer): string {
  return spaced('search', c.expr && p.search(c.expr));
}
