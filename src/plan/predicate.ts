import type { Span } from '../diagnostics/span.js';
import type { CidrRange } from '../values/ip.js';
import type { Plan } from './plan.js';

/**
 * The meaning of a search-language expression, independent of where it runs.
 * Leaves are two-valued: a missing field simply does not match. Both the SQL
 * printer and the row runtime evaluate this same tree, so they cannot disagree.
 */
export type Predicate =
  | { readonly kind: 'and'; readonly items: readonly Predicate[] }
  | { readonly kind: 'or'; readonly items: readonly Predicate[] }
  | { readonly kind: 'not'; readonly item: Predicate }
  | { readonly kind: 'true' }
  | { readonly kind: 'exists'; readonly field: FieldRef }
  | { readonly kind: 'match'; readonly field: FieldRef; readonly pattern: ValuePattern }
  | { readonly kind: 'compare'; readonly field: FieldRef; readonly op: '<' | '<=' | '>' | '>='; readonly value: string }
  /** `[subsearch]` as a term: its results, run first, become `(f=v AND …) OR …` (runtime search only). */
  | { readonly kind: 'subsearch'; readonly plan: Plan; readonly span: Span };

/** How a value in the search language matches field values. */
export type ValuePattern =
  /** Case-insensitive equality of text (`=` compares strings: "1" ≠ "1.0"). */
  | { readonly kind: 'exact'; readonly text: string }
  /** `*` matches any run of characters, case-insensitively. */
  | { readonly kind: 'wildcard'; readonly text: string }
  /** Subnet membership; a value that is not an IP never matches. */
  | { readonly kind: 'cidr'; readonly range: CidrRange };

/** A field as the back end names it: a column for SQL, a row key for the runtime. */
export interface FieldRef {
  /** The name in the user's text. */
  readonly written: string;
  /** The column (SQL) or field (runtime) that holds it. */
  readonly name: string;
  /** True when the column also has an IP key for range scans. */
  readonly ipKeyed: boolean;
  readonly numericStorage: boolean;
  /** Stored as a JSON array of values (SQL); a row matches when any value does. */
  readonly multivalue?: boolean;
  /** Not a field of the data model: tstats sees no value for it on any event. */
  readonly absent?: boolean;
  readonly span: Span;
}

/** A field known only by its name, as the row runtime and names outside a data model have it. */
export function namedField(name: string, span: Span, absent = false): FieldRef {
  return { written: name, name, ipKeyed: false, numericStorage: false, ...(absent ? { absent } : {}), span };
}
