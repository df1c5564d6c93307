import type { SqlFunction, SqlValue } from '../ast.js';

/** An aggregate or scalar call with its arguments already printed. */
export interface PrintedCall {
  readonly fn: SqlFunction;
  readonly args: readonly string[];
  readonly distinct: boolean;
  readonly orderBy?: string;
  readonly filter?: string;
}

/**
 * What differs between SQL engines, kept behind one interface: how a few
 * constructs are written (hooks), and which constructs an engine can write at
 * all (capabilities, as data). The printer (src/sql/print.ts) asks
 * `unsupportedIn` first; a query an engine cannot write runs partly in splice
 * instead (src/engines/pushdown.ts), never as a different query.
 */
export interface Dialect {
  readonly name: string;
  /** The one place identifiers are quoted. */
  quoteIdentifier(name: string): string;
  /** A value: a placeholder with the value added to `params`, or a literal where the engine has no parameters. */
  value(value: SqlValue, params: SqlValue[]): string;
  /** The name a select column is given (the runtime reads result columns by position, not by name). */
  columnAlias(index: number, alias: string): string;
  /** A constant condition (an absent field's test, an empty AND/OR). */
  condition(holds: boolean, params: SqlValue[]): string;
  /** The operand of a broad range test, written so the engine scans rather than reads it through an index. */
  scanOperand(printed: string): string;
  /**
   * A comparison used as a condition (=, <, BETWEEN, LIKE …). Engines whose
   * AND/OR do not follow SQL's three-valued logic make it two-valued here
   * (NULL → false), which keeps which rows match: splice's only NOT is
   * `notTrue`, so a NULL leaf and a false one always act alike.
   */
  test(comparison: string): string;
  /** Two-valued NOT: true when the condition is false or NULL (a missing field). */
  notTrue(condition: string): string;
  /** Text equality with ASCII letters folded, as SQLite's NOCASE (https://sqlite.org/datatype3.html#collating_sequences). */
  equalsNoCase(left: string, right: string): string;
  /** Text equality byte for byte. */
  equalsBinary(left: string, right: string): string;
  /** LIKE with ASCII letters folded, as SQLite's LIKE (https://sqlite.org/lang_expr.html#like), and an escape character. */
  likeNoCase(expr: string, pattern: string, escape: string): string;
  /** A call of a function in `functions`. */
  call(call: PrintedCall): string;
  /**
   * A GROUP BY / ORDER BY entry: the select column at `index` (0-based; -1 when
   * the key is no select column), whose expression `print` writes (and binds).
   */
  groupKey(index: number, print: () => string): string;
  /** An ORDER BY entry, ascending; NULL first unless `nullsLast`. */
  orderKey(index: number, print: () => string, nullsLast: boolean): string;
  /** A HAVING condition for every grouped query, when the engine needs one to drop groups no row made. */
  readonly groupHaving?: string;
  /** Functions this engine computes exactly as splice's SQLite functions do. */
  readonly functions: ReadonlySet<SqlFunction>;
  /** Whether multivalue fields (JSON lists) can be read in SQL: json_each joins and any-value tests. */
  readonly multivalue: boolean;
  /** Whether CAST to text gives SQLite's text for every number. */
  readonly exactCasts: boolean;
}
