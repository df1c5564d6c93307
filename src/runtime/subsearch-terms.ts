import type { Plan } from '../plan/plan.js';
import { namedField, type Predicate } from '../plan/predicate.js';
import { classifyValue } from '../plan/search-to-predicate.js';
import { errorAt } from '../diagnostics/diagnostic.js';
import { scalarText, valuesOf, type Table } from '../values/value.js';

/** limits.conf [subsearch] maxout: a subsearch passes on at most 10,000 results. */
export const SUBSEARCH_MAXOUT = 10_000;

/**
 * Runs each `[subsearch]` term and puts its results in its place, as Splunk's
 * implicit `format` does: one `(field=value AND …)` group per result, the
 * groups joined by OR, a multivalue cell as an OR of its values, and values
 * matched like any search value (case-insensitive, `*` wildcards, CIDR).
 * Fields whose names start with `_` are left out [INF]; a `search` or `query`
 * field (raw search text from `format`/`return`) is refused. No results: the
 * term matches nothing.
 */
export function resolveSubsearches(p: Predicate, run: (plan: Plan) => Table): Predicate {
  switch (p.kind) {
    case 'and':
    case 'or':
      return { kind: p.kind, items: p.items.map((item) => resolveSubsearches(item, run)) };
    case 'not':
      return { kind: 'not', item: resolveSubsearches(p.item, run) };
    case 'subsearch':
      return termOf(run(p.plan), p.span);
    default:
      return p;
  }
}

function termOf(table: Table, span: { start: number; end: number }): Predicate {
  if (table.fields.includes('search') || table.fields.includes('query')) {
    throw errorAt('unsupported', 'unsupported: a subsearch that returns search text (a search or query field)', span);
  }
  const groups: Predicate[] = [];
  for (const row of table.rows.slice(0, SUBSEARCH_MAXOUT)) {
    const parts: Predicate[] = [];
    for (const [field, value] of row) {
      if (field.startsWith('_')) continue;
      const ref = namedField(field, span);
      const options = valuesOf(value).map((v): Predicate => ({ kind: 'match', field: ref, pattern: classifyValue(scalarText(v)) }));
      parts.push(options.length === 1 ? (options[0] as Predicate) : { kind: 'or', items: options });
    }
    if (parts.length > 0) groups.push({ kind: 'and', items: parts });
  }
  return { kind: 'or', items: groups };
}
