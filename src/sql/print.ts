import type { Select, SqlExpr, SqlValue } from './ast.js';
import type { Dialect } from './dialects/dialect.js';

export interface PrintedSql {
  readonly sql: string;
  readonly params: readonly SqlValue[];
}

/** Prints a SELECT for one dialect. Values become placeholders; identifiers are quoted by the dialect. */
export function printSelect(select: Select, dialect: Dialect): PrintedSql {
  const params: SqlValue[] = [];
  // With json_each joins, table columns are qualified so a field named like a json_each column (key, type, path …) stays unambiguous.
  const qualifier = (select.each ?? []).length > 0 ? select.from : undefined;
  const expr = (e: SqlExpr): string => printExpr(e, dialect, params, qualifier);
  const q = (name: string): string => dialect.quoteIdentifier(name);
  const lines = [`SELECT ${select.columns.map((c) => `${expr(c.expr)} AS ${q(c.alias)}`).join(',\n       ')}`, `FROM ${q(select.from)}`];
  for (const each of select.each ?? []) {
    const source = `json_each(${q(select.from)}.${q(each.column)}) AS ${q(each.alias)}`;
    lines.push(each.keepEmpty ? `LEFT JOIN ${source} ON 1` : `JOIN ${source}`);
  }
  if (select.where) lines.push(`WHERE ${expr(select.where)}`);
  if (select.groupBy.length > 0) lines.push(`GROUP BY ${select.groupBy.map(expr).join(', ')}`);
  if (select.orderBy.length > 0) lines.push(`ORDER BY ${select.orderBy.map(expr).join(', ')}`);
  return { sql: lines.join('\n'), params };
}

function printExpr(e: SqlExpr, dialect: Dialect, params: SqlValue[], qualifier: string | undefined): string {
  const p = (x: SqlExpr): string => printExpr(x, dialect, params, qualifier);
  const q = (name: string): string => dialect.quoteIdentifier(name);
  switch (e.kind) {
    case 'column': {
      const table = e.table ?? qualifier;
      return table === undefined ? q(e.name) : `${q(table)}.${q(e.name)}`;
    }
    case 'any-value': {
      const column = qualifier === undefined ? q(e.column) : `${q(qualifier)}.${q(e.column)}`;
      // Inside, bare `value` is json_each's column, so nothing is qualified.
      return `EXISTS (SELECT 1 FROM json_each(${column}) WHERE ${printExpr(e.test, dialect, params, undefined)})`;
    }
    case 'param':
      params.push(e.value);
      return dialect.placeholder(params.length - 1);
    case 'star':
      return '*';
    case 'and':
      return e.items.length === 0 ? '1' : balanced(e.items.map(p), 'AND');
    case 'or':
      return e.items.length === 0 ? '0' : balanced(e.items.map(p), 'OR');
    case 'not-true':
      return `(${p(e.expr)} IS NOT TRUE)`;
    case 'is-null':
      return `(${p(e.expr)} IS ${e.negated ? 'NOT ' : ''}NULL)`;
    case 'compare':
      return `(${p(e.left)} ${e.op} ${p(e.right)}${e.collate ? ` COLLATE ${e.collate}` : ''})`;
    case 'between':
      return `(${e.preferScan === true ? dialect.scanOperand(p(e.expr)) : p(e.expr)} BETWEEN ${p(e.low)} AND ${p(e.high)})`;
    case 'like':
      return `(${p(e.expr)} LIKE ${p(e.pattern)} ESCAPE ${p(e.escape)})`;
    case 'cast':
      return `CAST(${p(e.expr)} AS ${e.to})`;
    case 'call': {
      const args = e.args.map(p).join(', ');
      const order = e.orderBy ? ` ORDER BY ${p(e.orderBy)}` : '';
      const filter = e.filter ? ` FILTER (WHERE ${p(e.filter)})` : '';
      return `${e.fn}(${e.distinct ? 'DISTINCT ' : ''}${args}${order})${filter}`;
    }
  }
}

/**
 * `a OP b OP c …` as a balanced tree, `((a OP b) OP (c OP d))`: SQLite parses a
 * flat chain as one level per operator and refuses expressions deeper than 1000
 * levels (SQLITE_MAX_EXPR_DEPTH, https://sqlite.org/limits.html), which a search
 * with thousands of ORs would pass. Balanced, n terms take log2(n) levels; AND and
 * OR are associative, so the meaning is the same.
 */
function balanced(terms: readonly string[], op: 'AND' | 'OR'): string {
  let level = terms;
  while (level.length > 1) {
    const next: string[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const [a, b] = [level[i] ?? '', level[i + 1]];
      next.push(b === undefined ? a : `(${a} ${op} ${b})`);
    }
    level = next;
  }
  const [top = ''] = level;
  return terms.length === 1 ? `(${top})` : top;
}
