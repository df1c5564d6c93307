import type { Dialect } from './dialect.js';

export const sqliteDialect: Dialect = {
  name: 'sqlite',
  // Double quotes, with embedded quotes doubled (https://sqlite.org/lang_keywords.html).
  // NUL cannot appear in an SQLite identifier, so it is refused rather than silently cut.
  quoteIdentifier(name: string): string {
    if (name.includes('\u0000')) throw new RangeError('identifier contains a NUL character');
    return `"${name.replace(/"/g, '""')}"`;
  },
  placeholder(): string {
    return '?';
  },
  // A unary + makes SQLite's planner ignore an index on the column (https://sqlite.org/optoverview.html#disqualifying_where_clause_terms_using_unary_).
  scanOperand(printed: string): string {
    return `+${printed}`;
  },
};
