import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/api/compile.js';
import { call, col, exprChildren, param, type Select, type SqlExpr, type SqlValue } from '../../src/sql/ast.js';
import { clickhouseDialect } from '../../src/sql/dialects/clickhouse.js';
import { duckdbDialect } from '../../src/sql/dialects/duckdb.js';
import { postgresDialect } from '../../src/sql/dialects/postgres.js';
import { sqliteDialect } from '../../src/sql/dialects/sqlite.js';
import { printSelect, unsupportedIn } from '../../src/sql/print.js';

function referenceSelect(): Select {
  const { plan } = compile(readFileSync('examples/detect_outbound_smb_traffic.spl', 'utf8'));
  if (plan.source.kind !== 'sql') throw new Error('the reference detection should start with SQL');
  return plan.source.select;
}

/** Every node of an expression, parents first, children in the order the printer writes them. */
function nodes(e: SqlExpr): SqlExpr[] {
  return [e, ...exprChildren(e).flatMap(nodes)];
}

const select = referenceSelect();
const printedNodes = [...select.columns.map((c) => c.expr), ...(select.where ? [select.where] : [])].flatMap(nodes);
const whereNodes = select.where ? nodes(select.where) : [];
const count = (kind: SqlExpr['kind']): number => whereNodes.filter((n) => n.kind === kind).length;
const paramValues = (): SqlValue[] => printedNodes.flatMap((n) => (n.kind === 'param' ? [n.value] : []));
const occurrences = (text: string, part: string): number => text.split(part).length - 1;
const clause = (sql: string, name: string): string => sql.split('\n').find((l) => l.startsWith(`${name} `))?.slice(name.length + 1) ?? '';

describe('the reference detection', () => {
  it('is a select every dialect can write, with the constructs the checks below look for', () => {
    for (const d of [sqliteDialect, postgresDialect, duckdbDialect, clickhouseDialect]) expect(unsupportedIn(select, d)).toBeUndefined();
    expect(count('text-equals')).toBeGreaterThan(0);
    expect(count('between')).toBeGreaterThan(0);
    expect(count('not-true')).toBeGreaterThan(0);
    expect(select.groupBy.length).toBeGreaterThan(0);
    expect(printedNodes.some((n) => n.kind === 'call' && n.fn === 'json_group_array')).toBe(true);
  });
});

for (const dialect of [postgresDialect, duckdbDialect]) {
  describe(`${dialect.name} prints the reference detection`, () => {
    const printed = printSelect(select, dialect);

    it('numbers placeholders $1..$n, each once, with n values bound in the order of the tree', () => {
      const numbers = [...printed.sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1]));
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
      expect(printed.params.length).toBe(Math.max(...numbers));
      expect(printed.params).toEqual(paramValues());
      expect(printed.sql).not.toContain('?');
    });

    it('groups and orders by select-column position, with NULLs first as SQLite sorts them', () => {
      const positions = select.groupBy.map((g) => 1 + select.columns.findIndex((c) => JSON.stringify(c.expr) === JSON.stringify(g)));
      expect(positions.every((p) => p > 0)).toBe(true);
      expect(clause(printed.sql, 'GROUP BY')).toBe(positions.join(', '));
      const orderPositions = select.orderBy.map((o) => 1 + select.columns.findIndex((c) => JSON.stringify(c.expr) === JSON.stringify(o)));
      expect(clause(printed.sql, 'ORDER BY')).toBe(orderPositions.map((p) => `${p} NULLS FIRST`).join(', '));
    });

    it('folds ASCII letters only for case-insensitive equality, never with NOCASE', () => {
      const folds = dialect === postgresDialect ? occurrences(printed.sql, ' COLLATE "C")') : occurrences(printed.sql, "'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')");
      expect(folds).toBe(2 * count('text-equals'));
      if (dialect === postgresDialect) expect(occurrences(printed.sql, 'lower(CAST(')).toBe(folds);
      else expect(printed.sql).not.toMatch(/\blower\(/);
      expect(printed.sql).not.toContain('NOCASE');
      expect(occurrences(printed.sql, 'IS NOT TRUE')).toBe(count('not-true'));
    });

    it('writes values() as a JSON list cast to text', () => {
      const lists = printedNodes.filter((n) => n.kind === 'call' && n.fn === 'json_group_array').length;
      expect(occurrences(printed.sql, dialect === postgresDialect ? 'CAST(json_agg(DISTINCT ' : 'CAST(to_json(list(DISTINCT ')).toBe(lists);
    });
  });
}

/** Where each parenthesis outside literals and identifiers closes, and each comparison operator with the parenthesis opening its group. */
function structure(sql: string): { closeOf: Map<number, number>; ops: { op: string; open: number }[] } {
  const closeOf = new Map<number, number>();
  const ops: { op: string; open: number }[] = [];
  const stack: number[] = [];
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i];
    if (c === "'" || c === '`') {
      for (i++; i < sql.length && sql[i] !== c; i++) if (sql[i] === '\\') i++;
    } else if (c === '(') stack.push(i);
    else if (c === ')') closeOf.set(stack.pop() ?? -1, i);
    else {
      const op = /^ (=|<>|<=|>=|<|>|BETWEEN|LIKE) /.exec(sql.slice(i, i + 10))?.[1];
      if (op !== undefined) ops.push({ op, open: stack[stack.length - 1] ?? -1 });
    }
  }
  return { closeOf, ops };
}

describe('clickhouse prints the reference detection', () => {
  const printed = printSelect(select, clickhouseDialect);
  const where = clause(printed.sql, 'WHERE');

  it('binds nothing: every value is a literal', () => {
    expect(printed.params).toEqual([]);
    expect(printed.sql).not.toMatch(/\$\d|\?/);
    expect(printed.sql).toContain("'allowed'");
    expect(printed.sql).toContain("'\\x04\\x0a\\x00\\x00\\x00'");
  });

  it('makes every comparison two-valued with ifNull(…, 0)', () => {
    const { closeOf, ops } = structure(where);
    // = inside text-equals, BETWEEN inside the IP ranges: one operator per comparison node.
    expect(ops.map((o) => o.op).sort()).toEqual([...Array<string>(count('text-equals')).fill('='), ...Array<string>(count('between')).fill('BETWEEN')].sort());
    for (const { open } of ops) {
      const close = closeOf.get(open) ?? -1;
      expect(where.slice(open - 'ifNull('.length, open)).toBe('ifNull(');
      expect(where.slice(close + 1, close + 5)).toBe(', 0)');
    }
  });

  it('writes NOT as (NOT ifNull(…, 0)), with no IS NOT TRUE, TRUE or FALSE', () => {
    const { closeOf } = structure(where);
    const nots = [...where.matchAll(/(?<!IS )\bNOT\b/g)].map((m) => m.index);
    expect(nots.length).toBe(count('not-true'));
    for (const at of nots) {
      expect(where.slice(at - 1, at + 11)).toBe('(NOT ifNull(');
      const close = closeOf.get(at - 1) ?? -1;
      expect(where.slice(close - 4, close + 1)).toBe(', 0))');
    }
    expect(printed.sql).not.toMatch(/IS NOT TRUE|\bTRUE\b|\bFALSE\b/);
  });

  it('names result columns __out0, __out1 … in order, so no alias hides a column in WHERE', () => {
    const aliases = [...printed.sql.matchAll(/ AS `([^`]*)`/g)].map((m) => m[1]);
    expect(aliases).toEqual(select.columns.map((_, i) => `__out${i}`));
  });

  it('writes values() as arraySort(groupUniqArrayIf(…)), count(*) as count(), and orders NULLs first', () => {
    const lists = printedNodes.filter((n) => n.kind === 'call' && n.fn === 'json_group_array').length;
    expect(occurrences(printed.sql, 'arraySort(groupUniqArrayIf(')).toBe(lists);
    expect(printed.sql).toContain('count() AS');
    expect(occurrences(clause(printed.sql, 'ORDER BY'), ' NULLS FIRST')).toBe(select.orderBy.length);
  });
});

describe('unsupportedIn', () => {
  const base = (over: Partial<Select>): Select => ({ kind: 'select', columns: [{ expr: call('COUNT', { kind: 'star' }), alias: 'count' }], from: 't', groupBy: [], orderBy: [], ...over });
  const cases: { name: string; select: Select; says: string }[] = [
    { name: 'splice_num in an aggregate', select: base({ columns: [{ expr: call('SUM', call('splice_num', col('bytes'))), alias: 'b' }] }), says: 'SUM()' },
    { name: 'splice_num under a supported call', select: base({ columns: [{ expr: call('MAX', call('splice_num', col('bytes'))), alias: 'b' }] }), says: 'splice_num()' },
    { name: 'splice_time_bin in GROUP BY only', select: base({ groupBy: [call('splice_time_bin', col('_time'), param('1h'))] }), says: 'splice_time_bin()' },
    { name: 'a json_each join', select: base({ each: [{ column: 'tag', alias: '__each0', keepEmpty: false }] }), says: 'json_each' },
    { name: 'an any-value test', select: base({ where: { kind: 'any-value', column: 'tag', test: { kind: 'text-equals', left: col('value'), right: param('x'), fold: 'ascii' } } }), says: 'json_each' },
    { name: 'a CAST', select: base({ orderBy: [{ kind: 'cast', expr: col('_time'), to: 'TEXT' }] }), says: 'CAST(… AS TEXT)' },
    { name: 'a UDF under NOT inside OR', select: base({ where: { kind: 'or', items: [param(1), { kind: 'not-true', expr: call('splice_cidrmatch', param('10.0.0.0/8'), col('src_ip')) }] } }), says: 'splice_cidrmatch()' },
    { name: "a UDF in an aggregate's FILTER", select: base({ columns: [{ expr: { kind: 'call', fn: 'COUNT', args: [col('app')], filter: call('splice_match_ci', col('app'), param('é')) }, alias: 'c' }] }), says: 'splice_match_ci()' },
  ];
  for (const c of cases) {
    it(`refuses ${c.name} on pg, duckdb and clickhouse, and sqlite writes it`, () => {
      for (const d of [postgresDialect, duckdbDialect, clickhouseDialect]) {
        expect(unsupportedIn(c.select, d)).toContain(c.says);
        expect(() => printSelect(c.select, d)).toThrow(new RangeError(`${d.name} cannot write ${unsupportedIn(c.select, d) ?? ''}`));
      }
      expect(unsupportedIn(c.select, sqliteDialect)).toBeUndefined();
      expect(() => printSelect(c.select, sqliteDialect)).not.toThrow();
    });
  }
});
