/**
 * What differs between SQL engines, kept behind one interface. SQLite is the
 * first; DuckDB, PostgreSQL and ClickHouse implement the same hooks.
 */
export interface Dialect {
  readonly name: string;
  /** The one place identifiers are quoted. */
  quoteIdentifier(name: string): string;
  /** Placeholder for the n-th (0-based) bound parameter. */
  placeholder(index: number): string;
  /** The operand of a broad range test, written so the engine scans rather than reads it through an index. */
  scanOperand(printed: string): string;
}
