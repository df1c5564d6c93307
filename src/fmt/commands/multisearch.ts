import type { MultisearchCommand } from '../../ast/nodes.js';
import type { Printer } from '../printer.js';
import { spaced } from '../values.js';

/** `multisearch [search …] [search …]`. */
export function formatMultisearch(c: MultisearchCommand, p: Printer): string {
  return spaced('multisearch', ...c.subsearches.map((s) => p.subsearch(s)));
}
