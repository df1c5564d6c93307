/**
 * SQL as an immutable tree, printed once by a dialect (src/sql/print.ts).
 * Values only ever enter as `param` nodes; identifiers only as `column`/`table` names,
 * which the printer quotes. Nothing in splice builds SQL text any other way.
 */
export type SqlValue = string | number | Uint8Array | null;

/** Functions splice may call: SQL built-ins and the UDFs it registers. */
export type SqlFunction =
  | 'COUNT' | 'MIN' | 'MAX' | 'SUM' | 'AVG' | 'COALESCE'
  | 'json_group_array'
  | 'splice_cidrmatch' | 'splice_match_ci' | 'splice_compare' | 'splice_num' | 'splice_sum' | 'splice_avg'
  | 'splice_earliest' | 'splice_latest' | 'splice_min' | 'splice_max'
  | 'splice_time_bin' | 'splice_values_json' | 'splice_dc_json' | 'json_array_length';

export type SqlExpr =
  | { readonly kind: 'column'; readonly name: string; readonly table?: string }
  /** `EXISTS (SELECT 1 FROM json_each(column) WHERE test)`: a multivalue field (a JSON array) has a value passing `test`, which reads it as the column `value`. */
  | { readonly kind: 'any-value'; readonly column: string; readonly test: SqlExpr }
  | { readonly kind: 'param'; readonly value: SqlValue }
  | { readonly kind: 'star' }
  | { readonly kind: 'and'; readonly items: readonly SqlExpr[] }
  | { readonly kind: 'or'; readonly items: readonly SqlExpr[] }
  /** `expr IS NOT TRUE`: two-valued NOT, so a NULL (missing field) inside counts as false. */
  | { readonly kind: 'not-true'; readonly expr: SqlExpr }
  | { readonly kind: 'is-null'; readonly expr: SqlExpr; readonly negated: boolean }
  | { readonly kind: 'compare'; readonly op: '=' | '<' | '<=' | '>' | '>=' | '<>'; readonly left: SqlExpr; readonly right: SqlExpr }
  /** Text equality: `ascii` folds ASCII letters only, as SQLite's NOCASE; `none` compares bytes. */
  | { readonly kind: 'text-equals'; readonly left: SqlExpr; readonly right: SqlExpr; readonly fold: 'ascii' | 'none' }
  /** `preferScan`: the range is broad, so reading it through an index would cost more than a scan (dialects may say so). */
  | { readonly kind: 'between'; readonly expr: SqlExpr; readonly low: SqlExpr; readonly high: SqlExpr; readonly preferScan?: boolean }
  | { readonly kind: 'like'; readonly expr: SqlExpr; readonly pattern: SqlExpr; readonly escape: SqlExpr }
  | { readonly kind: 'cast'; readonly expr: SqlExpr; readonly to: 'TEXT' | 'REAL' | 'INTEGER' }
  /**
   * The start of a UTC time bin, in the same floating-point steps as the runtime's timeBin
   * (src/runtime/time/bins.ts): `floor(x / size) * size` for a span in seconds,
   * `floor(floor(x / 86400) / size) * size * 86400` for one in days.
   */
  | { readonly kind: 'time-floor'; readonly expr: SqlExpr; readonly unit: 'seconds' | 'days'; readonly size: number }
  | {
      readonly kind: 'call';
      readonly fn: SqlFunction;
      readonly args: readonly SqlExpr[];
      readonly distinct?: boolean;
      readonly orderBy?: SqlExpr;
      readonly filter?: SqlExpr;
    };

export interface SelectColumn {
  readonly expr: SqlExpr;
  readonly alias: string;
}

/** One row per value of a multivalue column: `json_each(column) AS alias`, LEFT-joined when rows without values must stay. */
export interface EachJoin {
  readonly column: string;
  readonly alias: string;
  readonly keepEmpty: boolean;
}

export interface Select {
  readonly kind: 'select';
  readonly columns: readonly SelectColumn[];
  readonly from: string;
  readonly each?: readonly EachJoin[];
  readonly where?: SqlExpr;
  readonly groupBy: readonly SqlExpr[];
  readonly orderBy: readonly SqlExpr[];
  /** ORDER BY entries (by index) whose NULLs sort last; every other entry sorts them first, as SQLite does. */
  readonly nullsLast?: ReadonlySet<number>;
}

export const col = (name: string): SqlExpr => ({ kind: 'column', name });
export const param = (value: SqlValue): SqlExpr => ({ kind: 'param', value });
export const call = (fn: SqlFunction, ...args: SqlExpr[]): SqlExpr => ({ kind: 'call', fn, args });

/** An expression's direct sub-expressions (an any-value's test reads json_each's `value`, not the table). */
export function exprChildren(e: SqlExpr): readonly SqlExpr[] {
  switch (e.kind) {
    case 'column': case 'param': case 'star':
      return [];
    case 'any-value':
      return [e.test];
    case 'and': case 'or':
      return e.items;
    case 'not-true': case 'is-null': case 'cast': case 'time-floor':
      return [e.expr];
    case 'compare': case 'text-equals':
      return [e.left, e.right];
    case 'between':
      return [e.expr, e.low, e.high];
    case 'like':
      return [e.expr, e.pattern, e.escape];
    case 'call':
      return [...e.args, ...(e.orderBy ? [e.orderBy] : []), ...(e.filter ? [e.filter] : [])];
  }
}

/** `e` with each direct sub-expression replaced by `f` of it. */
export function mapExprChildren(e: SqlExpr, f: (child: SqlExpr) => SqlExpr): SqlExpr {
  switch (e.kind) {
    case 'column': case 'param': case 'star':
      return e;
    case 'any-value':
      return { ...e, test: f(e.test) };
    case 'and': case 'or':
      return { ...e, items: e.items.map(f) };
    case 'not-true': case 'is-null': case 'cast': case 'time-floor':
      return { ...e, expr: f(e.expr) };
    case 'compare': case 'text-equals':
      return { ...e, left: f(e.left), right: f(e.right) };
    case 'between':
      return { ...e, expr: f(e.expr), low: f(e.low), high: f(e.high) };
    case 'like':
      return { ...e, expr: f(e.expr), pattern: f(e.pattern), escape: f(e.escape) };
    case 'call':
      return { ...e, args: e.args.map(f), ...(e.orderBy ? { orderBy: f(e.orderBy) } : {}), ...(e.filter ? { filter: f(e.filter) } : {}) };
  }
}
