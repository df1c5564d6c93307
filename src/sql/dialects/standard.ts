import type { SqlFunction } from '../ast.js';
import type { Dialect, PrintedCall } from './dialect.js';

/** Double quotes, embedded quotes doubled (SQL's own rule); NUL is refused rather than silently cut. */
export function doubleQuoted(name: string): string {
  if (name.includes('\u0000')) throw new RangeError('identifier contains a NUL character');
  return `"${name.replace(/"/g, '""')}"`;
}

/** `fn(DISTINCT args ORDER BY o) FILTER (WHERE f)`, as SQL writes an aggregate call. */
export function standardCall({ fn, args, distinct, orderBy, filter }: PrintedCall, name: string = fn): string {
  const order = orderBy === undefined ? '' : ` ORDER BY ${orderBy}`;
  const where = filter === undefined ? '' : ` FILTER (WHERE ${filter})`;
  return `${name}(${distinct ? 'DISTINCT ' : ''}${args.join(', ')}${order})${where}`;
}

/** What sets one server dialect with numbered parameters apart from another. */
export interface ServerDialectParts {
  readonly name: string;
  /** Text with ASCII letters folded, and only those (SQLite's NOCASE). */
  readonly foldAscii: (text: string) => string;
  /** An aggregate giving the same JSON list text as SQLite's json_group_array, from its call. */
  readonly jsonList: (call: PrintedCall) => string;
}

/** The functions a server engine computes as splice's SQLite does: the rest of a query is split (src/engines/placement.ts). */
const SERVER_FUNCTIONS: ReadonlySet<SqlFunction> = new Set<SqlFunction>(['COUNT', 'MIN', 'MAX', 'COALESCE', 'json_group_array']);

/**
 * A dialect for an engine with $n parameters, standard booleans and IS NOT
 * TRUE (PostgreSQL, DuckDB). Keys are written by position: each $n is its own
 * parameter, so a repeated expression that binds one would not match its
 * GROUP BY twin. NULL sorts first, as in SQLite
 * (https://sqlite.org/lang_select.html#orderby); these engines put it last
 * unless told.
 */
export function serverDialect(parts: ServerDialectParts): Dialect {
  const { foldAscii } = parts;
  return {
    name: parts.name,
    quoteIdentifier: doubleQuoted,
    columnAlias: (_index, alias) => alias,
    value(value, params) {
      // A bound NULL has no type these engines can infer (COUNT($1) is refused); the literal NULL is typed by its use.
      if (value === null) return 'NULL';
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
    call: (call) => (call.fn === 'json_group_array' ? parts.jsonList(call) : standardCall(call)),
    groupKey: (index, print) => (index >= 0 ? String(index + 1) : print()),
    orderKey: (index, print, nullsLast) => `${index >= 0 ? String(index + 1) : print()} NULLS ${nullsLast ? 'LAST' : 'FIRST'}`,
    functions: SERVER_FUNCTIONS,
    multivalue: false,
    exactCasts: false,
  };
}
