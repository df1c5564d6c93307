import { exprChildren, type Select, type SqlExpr, type SqlValue } from './ast.js';
import type { Dialect } from './dialects/dialect.js';

export interface PrintedSql {
  readonly sql: string;
  readonly params: readonly SqlValue[];
}

const DAY_SECONDS = 86_400;

/** Prints a SELECT for one dialect. Values become placeholders (or the dialect's literals); identifiers are quoted by the dialect. */
export function printSelect(select: Select, dialect: Dialect): PrintedSql {
  const unsupported = unsupportedIn(select, dialect);
  if (unsupported !== undefined) throw new RangeError(`${dialect.name} cannot write ${unsupported}`);
  const params: SqlValue[] = [];
  // With json_each joins, table columns are qualified so a field named like a json_each column (key, type, path …) stays unambiguous.
  const qualifier = (select.each ?? []).length > 0 ? select.from : undefined;
  const printer = new ExprPrinter(dialect, params, qualifier);
  const expr = (e: SqlExpr): string => printer.value(e);
  const q = (name: string): string => dialect.quoteIdentifier(name);
  const lines = [`SELECT ${select.columns.map((c, i) => `${expr(c.expr)} AS ${q(dialect.columnAlias(i, c.alias))}`).join(',\n       ')}`, `FROM ${q(select.from)}`];
  for (const each of select.each ?? []) {
    const source = `json_each(${q(select.from)}.${q(each.column)}) AS ${q(each.alias)}`;
    lines.push(each.keepEmpty ? `LEFT JOIN ${source} ON 1` : `JOIN ${source}`);
  }
  if (select.where) lines.push(`WHERE ${printer.condition(select.where)}`);
  // A key that is a select column may be written by its position (engines that bind each placeholder separately cannot match two copies).
  const position = (e: SqlExpr): number => select.columns.findIndex((c) => sameExpr(c.expr, e));
  if (select.groupBy.length > 0) lines.push(`GROUP BY ${select.groupBy.map((e) => dialect.groupKey(position(e), () => expr(e))).join(', ')}`);
  if (select.groupBy.length > 0 && dialect.groupHaving !== undefined) lines.push(`HAVING ${dialect.groupHaving}`);
  if (select.orderBy.length > 0) lines.push(`ORDER BY ${select.orderBy.map((e, i) => dialect.orderKey(position(e), () => expr(e), select.nullsLast?.has(i) === true)).join(', ')}`);
  return { sql: lines.join('\n'), params };
}

function sameExpr(a: SqlExpr, b: SqlExpr): boolean {
  return JSON.stringify(a, (_k, v: unknown) => (v instanceof Uint8Array ? [...v] : v)) === JSON.stringify(b, (_k, v: unknown) => (v instanceof Uint8Array ? [...v] : v));
}

/** Prints expressions, in the order their values must be bound. */
class ExprPrinter {
  constructor(
    private readonly dialect: Dialect,
    private readonly params: SqlValue[],
    private readonly qualifier: string | undefined,
  ) {}

  /** An expression where a condition is expected (WHERE, AND/OR items, FILTER). */
  condition(e: SqlExpr): string {
    if (e.kind === 'param' && (e.value === 0 || e.value === 1)) return this.dialect.condition(e.value === 1, this.params);
    return this.value(e);
  }

  value(e: SqlExpr): string {
    const d = this.dialect;
    const p = (x: SqlExpr): string => this.value(x);
    const c = (x: SqlExpr): string => this.condition(x);
    const q = (name: string): string => d.quoteIdentifier(name);
    switch (e.kind) {
      case 'column': {
        const table = e.table ?? this.qualifier;
        return table === undefined ? q(e.name) : `${q(table)}.${q(e.name)}`;
      }
      case 'any-value': {
        const column = this.qualifier === undefined ? q(e.column) : `${q(this.qualifier)}.${q(e.column)}`;
        // Inside, bare `value` is json_each's column, so nothing is qualified.
        const inner = new ExprPrinter(d, this.params, undefined);
        return `EXISTS (SELECT 1 FROM json_each(${column}) WHERE ${inner.condition(e.test)})`;
      }
      case 'param':
        return d.value(e.value, this.params);
      case 'star':
        return '*';
      case 'and':
        return e.items.length === 0 ? d.condition(true, this.params) : balanced(e.items.map(c), 'AND');
      case 'or':
        return e.items.length === 0 ? d.condition(false, this.params) : balanced(e.items.map(c), 'OR');
      case 'not-true':
        return d.notTrue(c(e.expr));
      case 'is-null':
        return `(${p(e.expr)} IS ${e.negated ? 'NOT ' : ''}NULL)`;
      case 'compare':
        return d.test(`(${p(e.left)} ${e.op} ${p(e.right)})`);
      case 'text-equals':
        return d.test(e.fold === 'ascii' ? d.equalsNoCase(p(e.left), p(e.right)) : d.equalsBinary(p(e.left), p(e.right)));
      case 'between':
        return d.test(`(${e.preferScan === true ? d.scanOperand(p(e.expr)) : p(e.expr)} BETWEEN ${p(e.low)} AND ${p(e.high)})`);
      case 'like':
        return d.test(d.likeNoCase(p(e.expr), p(e.pattern), p(e.escape)));
      case 'cast':
        return `CAST(${p(e.expr)} AS ${e.to})`;
      case 'time-floor': {
        // Each value is bound where it appears (placeholders may not be reused), left to right.
        const v = (n: number): string => d.value(n, this.params);
        if (e.unit === 'seconds') return `(floor(${p(e.expr)} / ${v(e.size)}) * ${v(e.size)})`;
        return `(floor(floor(${p(e.expr)} / ${v(DAY_SECONDS)}) / ${v(e.size)}) * ${v(e.size)} * ${v(DAY_SECONDS)})`;
      }
      case 'call': {
        const args = e.args.map(p);
        const orderBy = e.orderBy ? p(e.orderBy) : undefined;
        const filter = e.filter ? c(e.filter) : undefined;
        return d.call({ fn: e.fn, args, distinct: e.distinct === true, ...(orderBy === undefined ? {} : { orderBy }), ...(filter === undefined ? {} : { filter }) });
      }
    }
  }
}

/**
 * The first construct of `select` the dialect cannot write, described for a
 * message (`splice_num()`, `multivalue fields`, …), or undefined if it can write all of it.
 */
export function unsupportedIn(select: Select, dialect: Dialect): string | undefined {
  if (!dialect.multivalue && (select.each ?? []).length > 0) return 'multivalue fields (json_each)';
  const exprs = [...select.columns.map((c) => c.expr), ...(select.where ? [select.where] : []), ...select.groupBy, ...select.orderBy];
  for (const e of exprs) {
    const found = unsupportedExpr(e, dialect);
    if (found !== undefined) return found;
  }
  return undefined;
}

function unsupportedExpr(e: SqlExpr, d: Dialect): string | undefined {
  if (e.kind === 'any-value' && !d.multivalue) return 'multivalue fields (json_each)';
  if (e.kind === 'cast' && !d.exactCasts) return `CAST(… AS ${e.to})`;
  if (e.kind === 'call' && !d.functions.has(e.fn)) return `${e.fn}()`;
  for (const child of exprChildren(e)) {
    const found = unsupportedExpr(child, d);
    if (found !== undefined) return found;
  }
  return undefined;
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
