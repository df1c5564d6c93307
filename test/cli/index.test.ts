import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveDataset } from '../../src/api/ingest.js';
import { indexedColumns } from '../../src/datamodels/schema.js';
import { printStatement } from '../../src/sql/ddl.js';
import { sqliteDialect } from '../../src/sql/dialects/sqlite.js';
import { cli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'splice-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const traffic = resolveDataset('Network_Traffic.All_Traffic');

/** A database holding the dataset's table with a few rows, and nothing else: no index, no statistics. */
function bareDatabase(name: string): string {
  const path = join(dir, name);
  const db = new Database(path);
  db.exec(printStatement({ kind: 'create-table', table: traffic.name, columns: traffic.columns.map((c) => ({ name: c.name, type: c.sqlType })) }, sqliteDialect));
  const insert = db.prepare(`INSERT INTO "${traffic.name}" (src_ip, src_ip__ipkey) VALUES (?, ?)`);
  for (const last of [1, 2, 3]) insert.run(`10.0.0.${last}`, Buffer.from([4, 10, 0, 0, last]));
  db.close();
  return path;
}

function inspect(path: string): { indexes: string[]; statistics: number } {
  const db = new Database(path, { readonly: true });
  try {
    const indexes = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    const statistics = (db.prepare('SELECT count(*) AS n FROM sqlite_stat1 WHERE tbl = ?').get(traffic.name) as { n: number }).n;
    return { indexes, statistics };
  } finally {
    db.close();
  }
}

describe('splice index', () => {
  it('indexes every IP-key column of the tables in the database and gathers their statistics', async () => {
    const path = bareDatabase('bare.db');
    const r = await cli(['index', '--db', path]);
    expect(r.code).toBe(0);
    const expected = indexedColumns(traffic).map((c) => `${traffic.name}__${c}`).sort();
    expect(r.stdout).toMatch(/^Network_Traffic\.All_Traffic: 5 IP-key indexes \(5 new\) and planner statistics in \d+\.\d\d s\n$/);
    const { indexes, statistics } = inspect(path);
    expect(indexes).toEqual(expected);
    expect(statistics).toBeGreaterThan(0);
  });

  it('is idempotent: a second run makes no new index', async () => {
    const path = bareDatabase('twice.db');
    await cli(['index', '--db', path]);
    const r = await cli(['index', '--db', path, '--datamodel', 'Network_Traffic']);
    expect(r.stdout).toContain('(0 new)');
  });

  it('refuses a data model the database has no table for', async () => {
    const r = await cli(['index', '--db', bareDatabase('other.db'), '--datamodel', 'Authentication']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('has none of the tables of Authentication');
  });

  it('refuses a database that does not exist', async () => {
    const r = await cli(['index', '--db', join(dir, 'missing.db')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no database');
  });
});
