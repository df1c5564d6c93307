import type { MapCommand } from '../../ast/nodes.js';
import type { Printer } from '../printer.js';
import { option, spaced } from '../values.js';

/** `map opts [subsearch]` (or only `search="…"` as an option). */
export function formatMap(c: MapCommand, p: Printer): string {
  return spaced('map', ...c.options.map(option), c.subsearch && p.subsearch(c.subsearch));
}
