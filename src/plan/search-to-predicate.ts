import type { Pipeline, SearchExpr, SearchValue, Word } from '../ast/nodes.js';
import { errorAt } from '../diagnostics/diagnostic.js';
import { parseCidr } from '../values/ip.js';
import type { Plan } from './plan.js';
import type { FieldRef, Predicate, ValuePattern } from './predicate.js';

export type FieldResolver = (field: Word) => FieldRef;

/** Plans a subsearch used as a term; absent where subsearches cannot run (tstats WHERE, in SQL). */
export type SubsearchPlanner = (pipeline: Pipeline) => Plan;

/**
 * Search-language expression → Predicate, applying Splunk's documented rules
 * (../shared/reference/spl-semantics.md §3):
 * - `f!=v` needs f to exist; `NOT f=v` also matches rows without f ("Difference between != and NOT").
 * - `f IN (a, b)` is `f=a OR f=b`, wildcards and CIDR values included.
 * - `f=*` means f exists; a lone `*` term matches every row.
 */
export function toPredicate(expr: SearchExpr, resolve: FieldResolver, planSubsearch?: SubsearchPlanner): Predicate {
  const recurse = (e: SearchExpr): Predicate => toPredicate(e, resolve, planSubsearch);
  switch (expr.kind) {
    case 'and':
      return { kind: 'and', items: expr.items.map(recurse) };
    case 'or':
      return { kind: 'or', items: expr.items.map(recurse) };
    case 'not':
      return { kind: 'not', item: recurse(expr.expr) };
    case 'subsearch-term':
      if (!planSubsearch) throw errorAt('unsupported', 'unsupported: subsearch in a tstats where clause', expr.span);
      return { kind: 'subsearch', plan: planSubsearch(expr.subsearch.pipeline), span: expr.span };
    case 'term':
      if (isMatchAll(expr.value.text)) return { kind: 'true' };
      throw errorAt('unsupported', `unsupported: free-text search term "${expr.value.text}"; splice matches field=value pairs, not raw event text`, expr.span);
    case 'in': {
      const field = resolve(expr.field);
      return { kind: 'or', items: expr.values.map((v) => equals(field, v)) };
    }
    case 'compare': {
      const field = resolve(expr.field);
      switch (expr.op) {
        case '=':
          return equals(field, expr.value);
        case '!=':
          return { kind: 'and', items: [{ kind: 'exists', field }, { kind: 'not', item: equals(field, expr.value) }] };
        default:
          return { kind: 'compare', field, op: expr.op, value: expr.value.text };
      }
    }
  }
}

function equals(field: FieldRef, value: SearchValue): Predicate {
  if (isMatchAll(value.text)) return { kind: 'exists', field };
  return { kind: 'match', field, pattern: classifyValue(value.text) };
}

function isMatchAll(text: string): boolean {
  return text.length > 0 && /^\*+$/.test(text);
}

/** A CIDR value tests the subnet; `*` makes a wildcard; anything else is text. */
export function classifyValue(text: string): ValuePattern {
  const range = parseCidr(text);
  if (range) return { kind: 'cidr', range };
  if (text.includes('*')) return { kind: 'wildcard', text };
  return { kind: 'exact', text };
}
