import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/api/compile.js';
import { SpliceError } from '../../src/diagnostics/diagnostic.js';
import { MAX_NESTING } from '../../src/parser/nesting.js';
import { parsePipeline } from '../../src/parser/parse.js';
import { MAX_TREE_DEPTH } from '../../src/parser/tree-depth.js';
import { param, type Select } from '../../src/sql/ast.js';
import { sqliteDialect } from '../../src/sql/dialects/sqlite.js';
import { printSelect } from '../../src/sql/print.js';
import { cli } from '../support/cli.js';
import { lexSqlite } from './support/sqlite-lexer.js';

/**
 * Very long and very deep searches either work or are refused with a
 * positioned error, never with a stack overflow: flat AND/OR lists of any
 * length work (the SQL printer balances them for SQLite's depth limit of 1000),
 * nesting deeper than MAX_NESTING levels is refused at the innermost level, and
 * operator chains deeper than MAX_TREE_DEPTH are refused.
 */
const dir = mkdtempSync(join(tmpdir(), 'splice-nesting-'));
const data = join(dir, 'traffic.csv');
writeFileSync(data, '_time,All_Traffic.src,All_Traffic.dest_port\n1600000000,10.0.0.1,445\n1600000000,10.0.0.2,70000\n1600000000,10.0.0.3,4999\n');

const traffic = '| tstats count from datamodel=Network_Traffic';
const ors = (n: number, field: string): string => Array.from({ length: n }, (_, i) => `${field}=${i}`).join(' OR ');
const repeat = (text: string, n: number): string => text.repeat(n);

async function rows(spl: string): Promise<string> {
  const result = await cli(['run', spl, '--data', data, '--format', 'csv', '--tz', 'UTC']);
  expect(result.stderr).toBe('');
  return result.stdout;
}

/** The SpliceError compiling `spl` throws. */
function refusal(spl: string): SpliceError {
  try {
    compile(spl);
  } catch (e) {
    if (e instanceof SpliceError) return e;
    throw e;
  }
  throw new Error('compiled');
}

function expectRefusedAt(spl: string, message: string, start: number, end: number): void {
  const error = refusal(spl);
  expect(error.diagnostic.message).toBe(message);
  expect(error.diagnostic.location).toEqual({ kind: 'source', span: { start, end } });
}

describe('thousands of ORs work', () => {
  it('5,000 ORs in a tstats where', async () => {
    expect(await rows(`${traffic} where ${ors(5000, 'All_Traffic.dest_port')} by All_Traffic.src`)).toBe('All_Traffic.src,count\n10.0.0.1,1\n10.0.0.3,1\n');
  });

  it('5,000 values in a tstats where IN list', async () => {
    const values = Array.from({ length: 5000 }, (_, i) => String(i)).join(', ');
    expect(await rows(`${traffic} where All_Traffic.dest_port IN (${values}) by All_Traffic.src`)).toBe('All_Traffic.src,count\n10.0.0.1,1\n10.0.0.3,1\n');
  });

  it('5,000 ORs in | search', async () => {
    const spl = `${traffic} by All_Traffic.src All_Traffic.dest_port | search ${ors(5000, 'All_Traffic.dest_port')}`;
    expect(await rows(spl)).toBe('All_Traffic.src,All_Traffic.dest_port,count\n10.0.0.1,445,1\n10.0.0.3,4999,1\n');
  });

  it('past SQLite\'s 32,766 bound values, a tstats is refused at the command', () => {
    const values = Array.from({ length: 17_000 }, (_, i) => `h${i}*`).join(',');
    const error = refusal(`${traffic} where All_Traffic.dest IN (${values}) by All_Traffic.src`);
    expect(error.diagnostic.message).toMatch(/^unsupported: a tstats with \d+ values to bind; SQLite binds at most 32766$/);
    expect(error.diagnostic.location).toMatchObject({ kind: 'source', span: { start: 2 } });
  });

  it('a long OR chain in | where', async () => {
    const spl = `${traffic} by All_Traffic.dest_port | where ${Array.from({ length: 900 }, (_, i) => `'All_Traffic.dest_port'=${4999 - i * 5}`).join(' OR ')}`;
    expect(await rows(spl)).toBe('All_Traffic.dest_port,count\n4999,1\n');
  });
});

describe('the SQL printer', () => {
  /** The deepest parenthesis nesting of printed SQL. */
  function parenDepth(sql: string): number {
    const lexed = lexSqlite(sql);
    if (!lexed.ok) throw new Error(lexed.error);
    let depth = 0;
    let max = 0;
    for (const t of lexed.tokens) {
      if (t.text === '(') max = Math.max(max, ++depth);
      if (t.text === ')') depth--;
    }
    return max;
  }
  const select = (items: number): Select => ({
    kind: 'select', columns: [{ expr: param(1), alias: 'x' }], from: 't', groupBy: [], orderBy: [],
    where: { kind: 'or', items: Array.from({ length: items }, (_, i) => ({ kind: 'compare', op: '=', left: param(i), right: param(0) })) },
  });

  it('prints a long OR as a balanced tree, log2(n) levels deep', () => {
    const printed = printSelect(select(5000), sqliteDialect);
    expect(parenDepth(printed.sql)).toBeLessThanOrEqual(Math.ceil(Math.log2(5000)) + 1);
    expect(printed.params).toHaveLength(1 + 10_000);
  });

  it('keeps the terms in their written order', () => {
    const printed = printSelect(select(3), sqliteDialect);
    expect(printed.sql).toContain('WHERE (((? = ?) OR (? = ?)) OR (? = ?))');
    expect(printed.params).toEqual([1, 0, 0, 1, 0, 2, 0]);
  });
});

describe(`nesting deeper than ${MAX_NESTING} levels is refused at the innermost level`, () => {
  const message = `unsupported: nesting deeper than ${MAX_NESTING} levels`;
  const at = (spl: string, token: string): [number, number] => [spl.lastIndexOf(token), spl.lastIndexOf(token) + token.length];

  it('10,000 parentheses in a tstats where', () => {
    const spl = `${traffic} where ${repeat('(', 10_000)}All_Traffic.dest_port=1${repeat(')', 10_000)}`;
    expectRefusedAt(spl, message, ...at(spl, '('));
  });

  it('10,000 parentheses in | search', () => {
    const spl = `${traffic} | search ${repeat('(', 10_000)}a=1${repeat(')', 10_000)}`;
    expectRefusedAt(spl, message, ...at(spl, '('));
  });

  it('10,000 parentheses in | eval', () => {
    const spl = `${traffic} | eval x=${repeat('(', 10_000)}1${repeat(')', 10_000)}`;
    expectRefusedAt(spl, message, ...at(spl, '('));
  });

  it('10,000 nested function calls', () => {
    const spl = `${traffic} | eval x=${repeat('abs(', 10_000)}1${repeat(')', 10_000)}`;
    expectRefusedAt(spl, message, ...at(spl, '('));
  });

  it('10,000 NOTs', () => {
    const spl = `${traffic} | search ${repeat('NOT ', 10_000)}a=1`;
    expectRefusedAt(spl, message, ...at(spl, 'NOT'));
  });

  it('10,000 unary minuses', () => {
    const spl = `${traffic} | eval x=${repeat('-', 10_000)}1`;
    expectRefusedAt(spl, message, ...at(spl, '-'));
  });

  it('10,000 nested subsearches', () => {
    const spl = `${traffic} | search ${repeat('[search ', 10_000)}a=1${repeat(']', 10_000)}`;
    expectRefusedAt(spl, message, ...at(spl, '['));
  });

  it('inside a macro, at the macro call', () => {
    const macros = [{ name: 'deep', args: [], body: { kind: 'text' as const, definition: `${repeat('(', 100)}a=1${repeat(')', 100)}` }, origin: 'test' }];
    const spl = `${traffic} | search \`deep\``;
    try {
      compile(spl, { macros });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SpliceError);
      expect(e instanceof SpliceError && e.diagnostic.location).toEqual({ kind: 'source', span: { start: spl.indexOf('`'), end: spl.length } });
    }
  });
});

describe(`nesting up to ${MAX_NESTING} levels works`, () => {
  it('parentheses in | eval', async () => {
    expect(await rows(`${traffic} | eval x=${repeat('(', MAX_NESTING)}1+2${repeat(')', MAX_NESTING)} | table x`)).toBe('x\n3\n');
  });

  it('nested function calls', async () => {
    // The unary minus is the last level.
    expect(await rows(`${traffic} | eval x=${repeat('abs(', MAX_NESTING - 1)}-2${repeat(')', MAX_NESTING - 1)} | table x`)).toBe('x\n2\n');
  });

  it('NOTs in | search', async () => {
    const spl = `${traffic} by All_Traffic.src All_Traffic.dest_port | search ${repeat('NOT ', MAX_NESTING)}All_Traffic.dest_port=445 | table All_Traffic.src`;
    expect(await rows(spl)).toBe('All_Traffic.src\n10.0.0.1\n');
  });

  it('parentheses in a tstats where', async () => {
    const spl = `${traffic} where ${repeat('(', MAX_NESTING)}All_Traffic.dest_port=445${repeat(')', MAX_NESTING)} by All_Traffic.src`;
    expect(await rows(spl)).toBe('All_Traffic.src,count\n10.0.0.1,1\n');
  });
});

describe('operator chains', () => {
  it(`work up to about ${MAX_TREE_DEPTH} operators`, async () => {
    const terms = MAX_TREE_DEPTH - 10;
    expect(await rows(`${traffic} | eval x=${Array(terms).fill('1').join('+')} | table x`)).toBe(`x\n${terms}\n`);
  });

  it(`are refused past ${MAX_TREE_DEPTH} levels, at the term where the chain gets too deep`, () => {
    const spl = `${traffic} | eval x=${Array(5000).fill('2').join('+')}`;
    const error = refusal(spl);
    expect(error.diagnostic.message).toBe(`unsupported: an expression nested more than ${MAX_TREE_DEPTH} levels deep (each operator of a chain such as a+b+c adds a level)`);
    const location = error.diagnostic.location;
    if (location.kind !== 'source') throw new Error('no span');
    expect(spl.slice(location.span.start, location.span.end)).toBe('2');
    expect(location.span.start).toBeGreaterThan(spl.indexOf('x='));
  });
});

describe('a parse that runs out of stack', () => {
  const normal = [
    '| tstats count values(All_Traffic.dest) as dest from datamodel=Network_Traffic where (All_Traffic.dest_port=445 OR NOT All_Traffic.action=blocked) by All_Traffic.src',
    '| eval x=if(a>1, round(b*2, 1), "n/a") | stats count(eval(x="n/a")) as n by src | where n > 2 | rex field=src "(?<ip>\\d+)"',
  ];
  const deep = `| eval x=${repeat('(', MAX_NESTING - 5)}1${repeat(')', MAX_NESTING - 5)}`;
  const atDepth = <T>(n: number, work: () => T): T => (n <= 0 ? work() : atDepth(n - 1, work));
  const outcome = (work: () => unknown): unknown => {
    try {
      return work();
    } catch (e) {
      return e;
    }
  };

  it('is refused as too deep, and leaves the parser as it was', () => {
    const before = normal.map(parsePipeline);
    let frames = 0;
    const down = (): void => {
      frames++;
      down();
    };
    outcome(down);
    // From the deepest call that overflows on its own, climb until the parse gets to run.
    let result: unknown = new RangeError();
    for (let n = frames; n > 0 && result instanceof RangeError; n -= 20) result = outcome(() => atDepth(n, () => parsePipeline(deep)));
    expect(result).toBeInstanceOf(SpliceError);
    expect(result instanceof SpliceError && result.diagnostic.message).toBe('unsupported: nesting too deep to parse');
    expect(normal.map(parsePipeline)).toEqual(before);
    expect(parsePipeline(deep).commands).toHaveLength(1);
  });
});
