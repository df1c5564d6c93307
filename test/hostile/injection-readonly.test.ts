import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { openIngestedDatabase } from '../../src/api/open-data.js';
import { cli } from '../support/cli.js';
import { ingestedDatabase, snapshot, splString } from './fixtures/database.js';

/**
 * What a search reads is opened read-only: `splice run --db` and `splice test`
 * never take a write lock, and the library's read handle refuses writes.
 */
const DROP = "'; DROP TABLE x; --";
const SEARCH = `| tstats count from datamodel=Network_Traffic where All_Traffic.app=${splString(DROP)} by All_Traffic.app`;

let dir = '';
let db = '';

beforeAll(async () => {
  ({ dir, db } = await ingestedDatabase(`src_ip,dest_ip,app\n10.0.0.1,8.8.8.8,"${DROP}"\n`));
});

/** Runs `work` while another connection holds the database's write lock (BEGIN IMMEDIATE): any writer would wait, then fail. */
async function whileLockedForWriting<T>(work: () => Promise<T>): Promise<T> {
  const writer = new Database(db, { timeout: 0 });
  writer.exec('BEGIN IMMEDIATE');
  try {
    return await work();
  } finally {
    writer.exec('ROLLBACK');
    writer.close();
  }
}

describe('the read handle', () => {
  it('is read-only and refuses every write a search could attempt', () => {
    const before = snapshot(db);
    const handle = openIngestedDatabase(db, 'Network_Traffic.All_Traffic');
    try {
      expect(handle.readonly).toBe(true);
      const writes = [
        'DROP TABLE "Network_Traffic.All_Traffic"',
        `INSERT INTO "Network_Traffic.All_Traffic" ("app") VALUES ('x')`,
        'CREATE TABLE x (a)',
        'PRAGMA journal_mode=WAL',
        'PRAGMA user_version=7',
      ];
      for (const sql of writes) expect(() => handle.prepare(sql).run(), sql).toThrow(/readonly/);
      expect(() => handle.exec(`ATTACH DATABASE '${join(dir, 'evil.db')}' AS evil`)).toThrow(/unable to open/);
    } finally {
      handle.close();
    }
    expect(snapshot(db)).toEqual(before);
    expect(existsSync(join(dir, 'evil.db'))).toBe(false);
  });
});

describe('commands that read a database', () => {
  it('splice run --db reads while another connection holds the write lock, and changes nothing', async () => {
    const before = snapshot(db);
    const r = await whileLockedForWriting(() => cli(['run', SEARCH, '--db', db, '--format', 'csv']));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`All_Traffic.app,count\n${DROP},1\n`);
    expect(snapshot(db)).toEqual(before);
  });

  it('splice test --db does the same', async () => {
    const spl = join(dir, 'search.spl');
    const baseline = join(dir, 'baseline.csv');
    writeFileSync(spl, SEARCH);
    writeFileSync(baseline, `All_Traffic.app,count\n"${DROP}",1\n`);
    const before = snapshot(db);
    const r = await whileLockedForWriting(() => cli(['test', '-f', spl, '--db', db, '--baseline', baseline]));
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(snapshot(db)).toEqual(before);
  });
});
