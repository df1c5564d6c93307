import type { SqlFunction, SqlValue } from '../ast.js';
import type { Dialect, PrintedCall } from './dialect.js';

/**
 * ClickHouse, as Debian's 18.16 accepts it (and newer servers too). Findings
 * that shape it, measured on 18.16 (scripts/engines):
 * - no query parameters over HTTP, so values are written as literals, by
 *   `clickhouseLiteral` alone (every byte of text that could end or bend the
 *   literal is escaped);
 * - `NULL AND 0` is NULL and `NULL OR 0` is 0, unlike SQL, so each comparison
 *   is made two-valued with ifNull(…, 0) (Dialect.test says why that is exact);
 *   there is no IS NOT TRUE, and no TRUE/FALSE;
 * - lower() folds ASCII letters only (lowerUTF8 folds the rest), as SQLite's
 *   NOCASE; LIKE has no ESCAPE clause but takes backslash escapes, the only
 *   escape splice writes; String compares and sorts by bytes;
 * - count(DISTINCT x) is NULL, not 0, for a group without values;
 * - GROUP BY on constants alone acts as no GROUP BY (one row, even from no rows).
 */
const FUNCTIONS: ReadonlySet<SqlFunction> = new Set<SqlFunction>(['COUNT', 'MIN', 'MAX', 'COALESCE', 'json_group_array']);

export const clickhouseDialect: Dialect = {
  name: 'clickhouse',
  // Backquotes, with backquote and backslash escaped (https://clickhouse.com/docs/en/sql-reference/syntax#identifiers).
  quoteIdentifier(name) {
    if (name.includes('\u0000')) throw new RangeError('identifier contains a NUL character');
    return `\`${name.replace(/[\\`]/g, (c) => `\\${c}`)}\``;
  },
  // A select alias is visible in WHERE and GROUP BY and hides the column of that name (`values(action) AS action`
  // turned WHERE's action into the aggregate on 18.16), so result columns get names no field has.
  columnAlias: (index) => `__out${index}`,
  value: (value) => clickhouseLiteral(value),
  condition: (holds) => (holds ? '1' : '0'),
  scanOperand: (printed) => printed,
  test: (comparison) => `ifNull(${comparison}, 0)`,
  notTrue: (condition) => `(NOT ifNull(${condition}, 0))`,
  equalsNoCase: (left, right) => `(lower(${left}) = lower(${right}))`,
  equalsBinary: (left, right) => `(${left} = ${right})`,
  // The escape is always a backslash (from-predicate.ts wildcardToLike), which is LIKE's own escape here.
  likeNoCase: (expr, pattern) => `like(lower(${expr}), lower(${pattern}))`,
  call: printCall,
  groupKey: (_index, print) => print(),
  // SQLite sorts NULL first (https://sqlite.org/lang_select.html#orderby); ClickHouse last unless told.
  orderKey: (_index, print, nullsLast) => `${print()} NULLS ${nullsLast ? 'LAST' : 'FIRST'}`,
  // With only constant keys (an absent BY field), ClickHouse aggregates as if there were no GROUP BY and
  // returns one row even when no row matched; SQL returns none.
  groupHaving: 'count() > 0',
  functions: FUNCTIONS,
  multivalue: false,
  exactCasts: false,
};

function printCall({ fn, args, distinct, orderBy, filter }: PrintedCall): string {
  const list = args.join(', ');
  switch (fn) {
    case 'COUNT':
      if (list === '*') return 'count()';
      return distinct ? `ifNull(uniqExact(${list}), 0)` : `count(${list})`;
    case 'json_group_array': {
      // The planner asks for the distinct non-NULL values in byte order; groupUniqArray skips NULLs and arraySort sorts by bytes.
      if (orderBy !== undefined && orderBy !== list) throw new RangeError('clickhouse: json_group_array ordered by another expression');
      const gather = `${distinct ? 'groupUniqArray' : 'groupArray'}${filter === undefined ? `(${list})` : `If(${list}, ${filter})`}`;
      return orderBy === undefined ? gather : `arraySort(${gather})`;
    }
    default:
      return `${fn.toLowerCase()}(${distinct ? 'DISTINCT ' : ''}${list})`;
  }
}

/**
 * A value as a ClickHouse literal. Text keeps its characters, with backslash,
 * quote and control characters escaped; bytes (IP keys) are written as \xHH
 * each; numbers in JavaScript's shortest exact form.
 */
export function clickhouseLiteral(value: SqlValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError('clickhouse: no literal for a non-finite number');
    return Object.is(value, -0) ? '-0.' : String(value);
  }
  if (typeof value === 'string') return `'${value.replace(/[\\'\u0000-\u001f\u007f]/g, escapeChar)}'`;
  return `'${Array.from(value, (b) => `\\x${b.toString(16).padStart(2, '0')}`).join('')}'`;
}

function escapeChar(c: string): string {
  if (c === '\\' || c === "'") return `\\${c}`;
  return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
}
