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
  | 'splice_cidrmatch' | 'splice_match_ci' | 'splice_compare' | 'splice_num'
  | 'splice_earliest' | 'splice_latest' | 'splice_min' | 'splice_max'
  | 'splice_time_bin';

export type SqlExpr =
  | { readonly kind: 'column'; readonly name: string }
  | { readonly kind: 'param'; readonly value: SqlValue }
  | { readonly kind: 'star' }
  | { readonly kind: 'and'; readonly items: readonly SqlExpr[] }
  | { readonly kind: 'or'; readonly items: readonly SqlExpr[] }
  /** `expr IS NOT TRUE`: two-valued NOT, so a NULL (missing field) inside counts as false. */
  | { readonly kind: 'not-true'; readonly expr: SqlExpr }
  | { readonly kind: 'is-null'; readonly expr: SqlExpr; readonly negated: boolean }
  | { readonly kind: 'compare'; readonly op: '=' | '<' | '<=' | '>' | '>=' | '<>'; readonly left: SqlExpr; readonly right: SqlExpr; readonly collate?: 'NOCASE' | 'BINARY' }
  | { readonly kind: 'between'; readonly expr: SqlExpr; readonly low: SqlExpr; readonly high: SqlExpr }
  | { readonly kind: 'like'; readonly expr: SqlExpr; readonly pattern: SqlExpr; readonly escape: SqlExpr }
  | { readonly kind: 'cast'; readonly expr: SqlExpr; readonly to: 'TEXT' | 'REAL' | 'INTEGER' }
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

export interface Select {
  readonly kind: 'select';
  readonly columns: readonly SelectColumn[];
  readonly from: string;
  readonly where?: SqlExpr;
  readonly groupBy: readonly SqlExpr[];
  readonly orderBy: readonly SqlExpr[];
}

export const col = (name: string): SqlExpr => ({ kind: 'column', name });
export const param = (value: SqlValue): SqlExpr => ({ kind: 'param', value });
export const call = (fn: SqlFunction, ...args: SqlExpr[]): SqlExpr => ({ kind: 'call', fn, args });
