import type { SqlFunction } from '../ast.js';
import type { Dialect } from './dialect.js';
import { doubleQuoted, standardCall } from './standard.js';

/** Every function splice uses: SQLite's built-ins and the UDFs splice registers (src/exec/udfs.ts). */
const ALL_FUNCTIONS: ReadonlySet<SqlFunction> = new Set<SqlFunction>([
  'COUNT', 'MIN', 'MAX', 'SUM', 'AVG', 'COALESCE', 'json_group_array', 'json_array_length',
  'splice_cidrmatch', 'splice_match_ci', 'splice_compare', 'splice_num', 'splice_sum', 'splice_avg', 'splice_earliest', 'splice_latest',
  'splice_min', 'splice_max', 'splice_time_bin', 'splice_values_json', 'splice_dc_json',
]);

export const sqliteDialect: Dialect = {
  name: 'sqlite',
  // Double quotes, with embedded quotes doubled (https://sqlite.org/lang_keywords.html).
  quoteIdentifier: doubleQuoted,
  columnAlias: (_index, alias) => alias,
  value(value, params) {
    params.push(value);
    return '?';
  },
  condition(holds, params) {
    params.push(holds ? 1 : 0);
    return '?';
  },
  // A unary + makes SQLite's planner ignore an index on the column (https://sqlite.org/optoverview.html#disqualifying_where_clause_terms_using_unary_).
  scanOperand: (printed) => `+${printed}`,
  test: (comparison) => comparison,
  notTrue: (condition) => `(${condition} IS NOT TRUE)`,
  equalsNoCase: (left, right) => `(${left} = ${right} COLLATE NOCASE)`,
  equalsBinary: (left, right) => `(${left} = ${right} COLLATE BINARY)`,
  likeNoCase: (expr, pattern, escape) => `(${expr} LIKE ${pattern} ESCAPE ${escape})`,
  call: (call) => standardCall(call),
  groupKey: (_index, print) => print(),
  // SQLite sorts NULL first by default (https://sqlite.org/lang_select.html#orderby).
  orderKey: (_index, print, nullsLast) => `${print()}${nullsLast ? ' NULLS LAST' : ''}`,
  functions: ALL_FUNCTIONS,
  multivalue: true,
  exactCasts: true,
};
