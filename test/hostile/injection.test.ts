import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/api/compile.js';
import { printSelect } from '../../src/sql/print.js';
import { sqliteDialect } from '../../src/sql/dialects/sqlite.js';
import type { SqlValue } from '../../src/sql/ast.js';
import { cli } from '../support/cli.js';
import { ingestedDatabase, snapshot, splString } from './fixtures/database.js';
import { schemaDatabase } from './support/schema-db.js';
import { lexSqlite } from './support/sqlite-lexer.js';
import { sqlProblems } from './support/properties.js';

/**
 * No way from SPL to SQL: values written in a search reach SQLite only as
 * bound parameters, field names only as quoted identifiers, and the commands
 * after tstats never reach SQL at all.
 */
const DROP = "'; DROP TABLE x; --";
const OR_TRUE = '" OR 1=1 --';
const csvCell = (t: string): string => `"${t.replace(/"/g, '""')}"`;
const FLOWS = `src_ip,dest_ip,app\n10.0.0.1,8.8.8.8,${csvCell(DROP)}\n10.0.0.2,8.8.8.8,${csvCell(OR_TRUE)}\n10.0.0.3,1.1.1.1,smb\n`;

let dir = '';
let db = '';
let hostile: string[] = [];

beforeAll(async () => {
  ({ dir, db } = await ingestedDatabase(FLOWS));
  hostile = [
    DROP,
    OR_TRUE,
    "x' OR '1'='1",
    '1); DELETE FROM "Network_Traffic.All_Traffic"; --',
    'x\u0000y',
    `${"'".repeat(20_000)}; DROP TABLE x; --`,
    `x'; ATTACH DATABASE '${join(dir, 'evil.db')}' AS evil; --`,
    "x'; PRAGMA journal_mode=WAL; --",
    `x'; VACUUM INTO '${join(dir, 'copy.db')}'; --`,
  ];
});

interface Translated {
  readonly sql: string;
  readonly params: readonly SqlValue[];
}

async function translated(spl: string): Promise<Translated> {
  const r = await cli(['translate', '--json', spl]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Translated;
}

/** The SQL is one read-only SELECT that SQLite prepares, with nothing but keywords, quoted names and placeholders. */
function expectOneSelect(printed: Translated): void {
  expect(sqlProblems(printed)).toEqual([]);
  const statement = schemaDatabase().prepare(printed.sql);
  expect(statement.reader).toBe(true);
  expect(statement.readonly).toBe(true);
}

const byApp = (where: string): string => `| tstats count from datamodel=Network_Traffic where ${where} by All_Traffic.app`;

describe('values in tstats where', () => {
  it('are bound parameters: translate prints one SELECT that never holds them', async () => {
    for (const value of hostile) {
      const q = splString(value);
      const printed = await translated(byApp(`All_Traffic.app=${q} OR All_Traffic.app IN (${q}, "smb")`));
      expectOneSelect(printed);
      expect(printed.sql.includes(value), value.slice(0, 40)).toBe(false);
      expect(printed.params.filter((p) => p === value), value.slice(0, 40)).toHaveLength(2);
    }
  });

  it('the library plans the same: compile() gives the SQL its parameters', () => {
    for (const value of hostile) {
      const source = compile(byApp(`All_Traffic.app=${splString(value)}`)).plan.source;
      if (source.kind !== 'sql') throw new Error('expected a SQL source');
      const printed = printSelect(source.select, sqliteDialect);
      expectOneSelect(printed);
      expect(printed.params).toContain(value);
    }
  });

  it('match the rows holding them as data, and leave the database file exactly as it was', async () => {
    const before = snapshot(db);
    for (const value of hostile) {
      const r = await cli(['run', byApp(`All_Traffic.app=${splString(value)}`), '--db', db, '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      const results = (JSON.parse(r.stdout) as { results: unknown[] }).results;
      expect(results, value.slice(0, 40)).toEqual(value === DROP || value === OR_TRUE ? [{ 'All_Traffic.app': value, count: '1' }] : []);
    }
    expect(snapshot(db)).toEqual(before);
    expect(existsSync(join(dir, 'evil.db'))).toBe(false);
    expect(existsSync(join(dir, 'copy.db'))).toBe(false);
  });
});

describe('field names in tstats where and by', () => {
  const names = ['All_Traffic.app"; DROP TABLE x; --', 'a]b; DROP TABLE x', "a'b", '[x]', 'a`b', 'a""b'];

  it('reach SQL only as quoted identifiers', async () => {
    for (const name of names) {
      const q = splString(name);
      const printed = await translated(`| tstats count from datamodel=Network_Traffic where ${q}="v" OR All_Traffic.app=smb by ${q}`);
      expectOneSelect(printed);
      const lexed = lexSqlite(printed.sql);
      if (!lexed.ok) throw new Error(lexed.error);
      // The name is one token, the identifier naming the output column.
      expect(lexed.tokens.filter((t) => t.kind === 'quoted-identifier' && t.value === name), name).toHaveLength(1);
    }
  });

  it('run without touching the database', async () => {
    const before = snapshot(db);
    for (const name of names) {
      const r = await cli(['run', `| tstats count from datamodel=Network_Traffic by ${splString(name)}`, '--db', db, '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      expect((JSON.parse(r.stdout) as { results: unknown[] }).results).toEqual([]);
    }
    expect(snapshot(db)).toEqual(before);
  });
});

describe('search, eval, where, lookup, rename and table after tstats', () => {
  const head = '| tstats count from datamodel=Network_Traffic by All_Traffic.app';
  const mark = 'ma"rk]; DROP TABLE x; --';
  const tail =
    ` | search All_Traffic.app=${splString(DROP)} | where 'All_Traffic.app'=${splString(DROP)}` +
    ` | eval ${splString('we"ird[`]')}=${splString(OR_TRUE)}` +
    ` | lookup marks.csv app AS All_Traffic.app OUTPUT ${splString(mark)} AS verdict` +
    ` | rename count AS ${splString('c"nt; --')} | table All_Traffic.app ${splString('c"nt; --')} verdict`;

  it('never change the SQL: it is the tstats\' alone', async () => {
    const [whole, alone] = [await translated(head + tail), await translated(head)];
    expect({ sql: whole.sql, params: whole.params }).toEqual({ sql: alone.sql, params: alone.params });
  });

  it('take hostile names and values as data', async () => {
    const lookups = join(dir, 'marks');
    mkdirSync(lookups, { recursive: true });
    writeFileSync(join(lookups, 'marks.csv'), `app,${csvCell(mark)}\n${csvCell(DROP)},${csvCell('it\'s "data"')}\n`);
    const before = snapshot(db);
    const r = await cli(['run', head + tail, '--db', db, '--lookups', lookups, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { results: unknown[] }).results).toEqual([{ 'All_Traffic.app': DROP, 'c"nt; --': '1', verdict: 'it\'s "data"' }]);
    expect(snapshot(db)).toEqual(before);
  });
});

describe('errors never echo control characters to the terminal', () => {
  it('an escape sequence in the search is shown as ? in the source line, one column for one', async () => {
    const r = await cli(['translate', '| tstats count from datamodel=Network_Traffic | \u001b[31mbogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('\u001b');
    const lines = r.stderr.split('\n');
    expect(lines[2]).toBe('1 | | tstats count from datamodel=Network_Traffic | ?[31mbogus');
    expect(lines[3]).toBe(`  | ${' '.repeat(58)}^`);
  });
});
