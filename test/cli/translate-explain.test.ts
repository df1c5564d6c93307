import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveDataset } from '../../src/api/ingest.js';
import { indexedColumns } from '../../src/datamodels/schema.js';
import { printStatement } from '../../src/sql/ddl.js';
import { sqliteDialect } from '../../src/sql/dialects/sqlite.js';
import { cli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'splice-explain-'));
const db = join(dir, 'flows.db');
const NARROW = '| tstats count from datamodel=Network_Traffic where All_Traffic.src_ip="10.31.117.0/24" by All_Traffic.dest_ip';
const REFERENCE = 'examples/detect_outbound_smb_traffic.spl';

beforeAll(async () => {
  expect((await cli(['gen', '--db', db, '--rows', '5000', '--datamodel', 'Network_Traffic'])).code).toBe(0);
  expect((await cli(['index', '--db', db])).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The dataset's table, empty, with an index on every IP key and no statistics. */
function indexedWithoutStatistics(): string {
  const path = join(dir, 'unanalyzed.db');
  const table = resolveDataset('Network_Traffic.All_Traffic');
  const raw = new Database(path);
  raw.exec(printStatement({ kind: 'create-table', table: table.name, columns: table.columns.map((c) => ({ name: c.name, type: c.sqlType })) }, sqliteDialect));
  for (const column of indexedColumns(table)) raw.exec(printStatement({ kind: 'create-index', name: `${table.name}__${column}`, table: table.name, columns: [column] }, sqliteDialect));
  raw.close();
  return path;
}

/** The plan's lines, without the comment marks. */
function planLines(stdout: string): string[] {
  const after = stdout.split(/^-- query plan.*$/m)[1] ?? '';
  return after.split('\n').filter((l) => l.startsWith('--   ')).map((l) => l.slice(5)).filter((l) => !/^\d+\. /.test(l));
}

describe('splice translate --explain', () => {
  it('prints SQLite\'s plan after the SQL, on empty tables when no database is given', async () => {
    const r = await cli(['translate', '--explain', NARROW]);
    expect(r.code).toBe(0);
    expect(r.stdout.indexOf('-- query plan')).toBeGreaterThan(r.stdout.indexOf('FROM "Network_Traffic.All_Traffic"'));
    expect(planLines(r.stdout).join('\n')).toContain('Network_Traffic.All_Traffic');
  });

  it('a narrow CIDR filter reads the IP-key index of an indexed database', async () => {
    const r = await cli(['translate', '--explain', '--db', db, NARROW]);
    expect(r.stderr).toBe('');
    expect(planLines(r.stdout)[0]).toBe('SEARCH Network_Traffic.All_Traffic USING INDEX Network_Traffic.All_Traffic__src_ip__ipkey (src_ip__ipkey>? AND src_ip__ipkey<?)');
  });

  it('the reference detection\'s broad private ranges scan the table once instead of a multi-index OR', async () => {
    const r = await cli(['translate', '--explain', '--db', db, '-f', REFERENCE]);
    expect(planLines(r.stdout)[0]).toBe('SCAN Network_Traffic.All_Traffic');
  });

  it('without statistics too: the broad ranges are written +column, so SQLite does not take them for narrow ones (a multi-index OR)', async () => {
    const r = await cli(['translate', '--explain', '--db', indexedWithoutStatistics(), '-f', REFERENCE]);
    expect(planLines(r.stdout)[0]).toBe('SCAN Network_Traffic.All_Traffic');
  });

  it('without statistics a narrow CIDR filter still reads the index', async () => {
    const r = await cli(['translate', '--explain', '--db', indexedWithoutStatistics(), NARROW]);
    expect(planLines(r.stdout)[0]).toContain('USING INDEX Network_Traffic.All_Traffic__src_ip__ipkey');
  });

  it('--json carries the plan steps', async () => {
    const r = await cli(['translate', '--explain', '--json', '--db', db, NARROW]);
    const body = JSON.parse(r.stdout) as { queryPlan: { depth: number; detail: string }[] };
    expect(body.queryPlan[0]).toEqual({ depth: 0, detail: expect.stringContaining('USING INDEX Network_Traffic.All_Traffic__src_ip__ipkey') });
  });

  it('--db without --explain is a usage error', async () => {
    const r = await cli(['translate', '--db', db, NARROW]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--db is for --explain');
  });
});
