import type { SqlFunction } from '../ast.js';
import type { Dialect } from './dialect.js';

/**
 * PostgreSQL 15. Text columns are created COLLATE "C", so comparison and
 * ORDER BY go by bytes as SQLite's BINARY does; under "C", lower() folds ASCII
 * letters only, as SQLite's NOCASE and LIKE do
 * (https://www.postgresql.org/docs/15/collation.html, "C" locale).
 */
const FUNCTIONS: ReadonlySet<SqlFunction> = new Set<SqlFunction>(['COUNT', 'MIN', 'MAX', 'COALESCE', 'json_group_array']);

const foldAscii = (text: string): string => `lower(CAST(${text} AS text) COLLATE "C")`;

export const postgresDialect: Dialect = {
  name: 'postgres',
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
    // json_agg writes the same JSON list as SQLite's json_group_array; as text it decodes the same way.
    return fn === 'json_group_array' ? `CAST(json_agg${inner} AS text)` : `${fn}${inner}`;
  },
  // By position: each $n is its own parameter, so a repeated expression would not match its GROUP BY twin.
  groupKey: (index, print) => (index >= 0 ? String(index + 1) : print()),
  // SQLite sorts NULL first (https://sqlite.org/lang_select.html#orderby); PostgreSQL last unless told.
  orderKey: (index, print) => `${index >= 0 ? String(index + 1) : print()} NULLS FIRST`,
  functions: FUNCTIONS,
  multivalue: false,
  exactCasts: false,
};
