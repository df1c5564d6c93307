import type { Select, SqlExpr, SqlValue } from './ast.js';
import type { Dialect } from './dialects/dialect.js';

export interface PrintedSql {
  readonly sql: string;
  readonly params: readonly SqlValue[];
}

/** Prints a SELECT for one dialect. Values become placeholders; identifiers are quoted by the dialect. */
export function printSelect(select: Select, dialect: Dialect): PrintedSql {
  const params: SqlValue[] = [];
  const expr = (e: SqlExpr): string => printExpr(e, dialect, params);
  const q = (name: string): string => dialect.quoteIdentifier(name);
  const lines = [`SELECT ${select.columns.map((c) => `${expr(c.expr)} AS ${q(c.alias)}`).join(',\n       ')}`, `FROM ${q(select.from)}`];
  if (select.where) lines.push(`WHERE ${expr(select.where)}`);
  if (select.groupBy.length > 0) lines.push(`GROUP BY ${select.groupBy.map(expr).join(', ')}`);
  if (select.orderBy.length > 0) lines.push(`ORDER BY ${select.orderBy.map(expr).join(', ')}`);
  return { sql: lines.join('\n'), params };
}

function printExpr(e: SqlExpr, dialect: Dialect, params: SqlValue[]): string {
  const p = (x: SqlExpr): string => printExpr(x, dialect, params);
  switch (e.kind) {
    case 'column':
      return dialect.quoteIdentifier(e.name);
    case 'param':
      params.push(e.value);
      return dialect.placeholder(params.length - 1);
    case 'star':
      return '*';
    case 'and':
      return e.items.length === 0 ? '1' : `(${e.items.map(p).join(' AND ')})`;
    case 'or':
      return e.items.length === 0 ? '0' : `(${e.items.map(p).join(' OR ')})`;
    case 'not-true':
      return `(${p(e.expr)} IS NOT TRUE)`;
    case 'is-null':
      return `(${p(e.expr)} IS ${e.negated ? 'NOT ' : ''}NULL)`;
    case 'compare':
      return `(${p(e.left)} ${e.op} ${p(e.right)}${e.collate ? ` COLLATE ${e.collate}` : ''})`;
    case 'between':
      return `(${p(e.expr)} BETWEEN ${p(e.low)} AND ${p(e.high)})`;
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
