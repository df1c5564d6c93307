import type { Word } from '../ast/nodes.js';

/**
 * Field-name patterns as table, fields and friends take them: `*` matches any
 * run of characters; names are case-sensitive (Splexicon "Field": "Field names
 * are case-sensitive", spl-semantics.md §3.5).
 */
export function globMatcher(pattern: string): (name: string) => boolean {
  if (!pattern.includes('*')) return (name) => name === pattern;
  const body = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\S]*');
  const re = new RegExp(`^${body}$`);
  return (name) => re.test(name);
}

/**
 * The fields a list of patterns names, in list order; a wildcard expands to the
 * matching fields in their current order; a plain name is kept even when no
 * result has it (so `table x` shows an empty x column). Each field once.
 */
export function expandFieldList(patterns: readonly Word[], fields: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of patterns) {
    if (!p.text.includes('*')) out.push(p.text);
    else out.push(...fields.filter(globMatcher(p.text)));
  }
  return [...new Set(out)];
}

/** Every field of a table: its field list, then any field a row has that the list lacks. */
export function allFields(table: { readonly fields: readonly string[]; readonly rows: readonly ReadonlyMap<string, unknown>[] }): string[] {
  const out = new Set(table.fields);
  for (const row of table.rows) for (const name of row.keys()) out.add(name);
  return [...out];
}
