import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LookupStore } from '../lookups/store.js';
import { lookupReferences } from '../plan/lookups-used.js';
import type { Compiled } from './compile.js';

/**
 * One warning per place a search reads the empty stand-in of a lookup that a
 * Splunk app ships (Enterprise Security's assets, CIM's corporate domains):
 * the search runs, but as on a Splunk install where that lookup has no rows.
 */
export function standInLookupWarnings(compiled: Compiled, lookups: LookupStore): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const word of lookupReferences(compiled.plan)) {
    const app = lookups.get(word.text)?.definition.providedBy;
    const at = compiled.expansion.map.toOriginal(word.span);
    const key = `${word.text}@${at.start}`;
    if (app === undefined || seen.has(key)) continue;
    seen.add(key);
    warnings.push({
      code: 'app-lookup',
      message: `lookup "${word.text}" ships with ${app}, not with the detections; splice reads it as empty, as on an install where it has no rows`,
      location: { kind: 'source', span: { start: at.start, end: at.end } },
      hints: [`to use your own rows, define ${word.text} in the --lookups directory (a .yml with name: ${word.text} and filename: a CSV of your rows)`],
    });
  }
  return warnings;
}
