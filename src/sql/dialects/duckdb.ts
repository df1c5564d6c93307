import type { SqlFunction } from '../ast.js';
import type { Dialect } from './dialect.js';

/**
 * DuckDB 1.5. VARCHAR compares and sorts by bytes (no collation is set), as
 * SQLite's BINARY does. lower() folds Unicode, and LIKE is case-sensitive, so
 * ASCII folding is written with translate(), which folds exactly SQLite's
 * NOCASE letters (A-Z).
 */
const FUNCTIONS: ReadonlySet<SqlFunction> = new Set<SqlFunction>(['COUNT', 'MIN', 'MAX', 'COALESCE', 'json_group_array']);

const foldAscii = (text: string): string => `translate(${text}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')`;

export const duckdbDialect: Dialect = {
  name: 'duckdb',
  quoteIdentifier(name) {
    if (name.includes('\u0000')) throw new RangeError('identifier contains a NUL character');
    return `"${name.replace(/"/g, '""')}"`;
  },
  columnAlias: (_index, alias) => alias,
  value(value, params) {
    params.push(value);
    return `$${params.length}`;
  },
  condition: (holds) => (holds ? 'TRUE' : 'FALSE'),
  scanOperand: (printed) => printed,
  test: (comparison) => comparison,
  notTrue: (condition) => `(${condition} IS NOT TRUE)`,
  equalsNoCase: (left, right) => `(${foldAscii(left)} = ${foldAscii(right)})`,
  equalsBinary: (left, right) => `(${left} = ${right})`,
  likeNoCase: (expr, pattern, escape) => `(${foldAscii(expr)} LIKE ${foldAscii(pattern)} ESCAPE ${escape})`,
  call({ fn, args, distinct, orderBy, filter }) {
    const order = orderBy === undefined ? '' : ` ORDER BY ${orderBy}`;
    const where = filter === undefined ? '' : ` FILTER (WHERE ${filter})`;
    const inner = `(${distinct ? 'DISTINCT ' : ''}${args.join(', ')}${order})${where}`;
    // list() → to_json writes the same compact JSON list as SQLite's json_group_array.
    return fn === 'json_group_array' ? `CAST(to_json(list${inner}) AS VARCHAR)` : `${fn}${inner}`;
  },
  // By position: each $n is its own parameter, and DuckDB will not match two copies of an expression that binds them.
  groupKey: (index, print) => (index >= 0 ? String(index + 1) : print()),
  // SQLite sorts NULL first (https://sqlite.org/lang_select.html#orderby); DuckDB last unless told.
  orderKey: (index, print) => `${index >= 0 ? String(index + 1) : print()} NULLS FIRST`,
  functions: FUNCTIONS,
  multivalue: false,
  exactCasts: false,
};
