import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../src/exec/sqlite.js';
import { cli } from '../support/cli.js';

/** Temp folders made by this file, removed when it ends. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'splice-ingest-'));
  made.push(dir);
  return dir;
}

function digest(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function rowCount(db: string): number {
  const conn = openSqlite(db, 'read');
  try {
    return (conn.prepare('SELECT COUNT(*) AS n FROM "Network_Traffic.All_Traffic"').get() as { n: number }).n;
  } finally {
    conn.close();
  }
}

describe('splice ingest', () => {
  it('loads CIM CSV with or without the All_Traffic. prefix, ISO or epoch times', async () => {
    const dir = scratch();
    const csv = join(dir, 'a.csv');
    writeFileSync(csv, '_time,All_Traffic.src_ip,All_Traffic.dest_ip,dest_port\n2024-01-01T00:00:00Z,10.0.0.1,8.8.8.8,53\n1704067260,10.0.0.2,8.8.4.4,53\n');
    const db = join(dir, 'flows.db');
    const loaded = await cli(['ingest', '--db', db, csv]);
    expect(loaded.code).toBe(0);
    expect(loaded.stdout).toBe(`loaded 2 rows into ${db} (Network_Traffic)\n`);
    const r = await cli(['run', '| tstats min(_time) as t from datamodel=Network_Traffic by All_Traffic.dest_ip All_Traffic.action', '--db', db, '--format', 'csv']);
    expect(r.stdout).toBe('All_Traffic.dest_ip,All_Traffic.action,t\n8.8.4.4,unknown,1704067260\n8.8.8.8,unknown,1704067200\n');
  });

  it('is all or nothing: a bad second file leaves the database byte-for-byte unchanged', async () => {
    const dir = scratch();
    const db = join(dir, 'flows.db');
    const good = join(dir, 'good.csv');
    writeFileSync(good, 'src_ip,dest_ip\n10.0.0.1,8.8.8.8\n');
    expect((await cli(['ingest', '--db', db, good])).code).toBe(0);
    const before = digest(db);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'src_ip,dest_ip\n10.0.0.2,8.8.8.8\n10.0.0.3,"unterminated\n');
    const r = await cli(['ingest', '--db', db, good, bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad}:3: error[bad-input]`);
    expect(digest(db)).toBe(before);
    expect(rowCount(db)).toBe(1);
  });

  it('rejects an unreadable _time with its line', async () => {
    const dir = scratch();
    const csv = join(dir, 't.csv');
    writeFileSync(csv, '_time,src_ip\nyesterday,10.0.0.1\n');
    const r = await cli(['ingest', '--db', join(dir, 'x.db'), csv]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${csv}:2: error[bad-input]: _time "yesterday" is neither epoch seconds nor ISO 8601\n`);
  });
});

describe('hostile SPL values are only data', () => {
  it('an injection attempt finds no rows, raises no error and changes nothing', async () => {
    const dir = scratch();
    const db = join(dir, 'flows.db');
    const csv = join(dir, 'a.csv');
    writeFileSync(csv, 'src_ip,dest_ip,app\n10.0.0.1,8.8.8.8,smb\n');
    await cli(['ingest', '--db', db, csv]);
    const before = digest(db);
    for (const value of [`"x'); DROP TABLE Network_Traffic; --"`, `"smb\\" OR 1=1 --"`, `"x'||'"`, `"%"`, `"_mb"`]) {
      const r = await cli(['run', `| tstats count from datamodel=Network_Traffic where All_Traffic.app=${value} by All_Traffic.app`, '--db', db, '--format', 'csv']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('All_Traffic.app,count\n');
    }
    expect(digest(db)).toBe(before);
    expect(rowCount(db)).toBe(1);
  });

  it('a hostile field name never reaches SQL: it is not a data model field, so tstats sees no value', async () => {
    const hostile = 'All_Traffic.app\\"; DROP TABLE x; --';
    const r = await cli(['translate', '--json', `| tstats count from datamodel=Network_Traffic by "${hostile}"`]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { sql: string; params: unknown[] };
    // The name only appears as an output column name, quoted with its quote doubled.
    expect(out.sql).toContain('AS "All_Traffic.app""; DROP TABLE x; --"');
    expect(out.sql.split('DROP')).toHaveLength(2);
    expect(out.params).toContain(null);
  });

  it('a name that is not a data model field runs with a warning that points at it', async () => {
    const r = await cli(['translate', '| tstats count from datamodel=Network_Traffic by All_Traffic.dest_prt']);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').slice(0, 5)).toEqual([
      '<search>:1:50: warning[absent-field]: "All_Traffic.dest_prt" is not a field of Network_Traffic.All_Traffic; tstats reads it as having no value',
      '  |',
      '1 | | tstats count from datamodel=Network_Traffic by All_Traffic.dest_prt',
      '  |                                                  ^^^^^^^^^^^^^^^^^^^^',
      '  hint: did you mean All_Traffic.dest_port? (field names are case-sensitive)',
    ]);
  });

  it('run opens the database read-only', () => {
    const dir = scratch();
    const path = join(dir, 'ro.db');
    const setup = openSqlite(path, 'write');
    setup.exec('CREATE TABLE t (x TEXT)');
    setup.close();
    const conn = openSqlite(path, 'read');
    expect(() => conn.exec('DROP TABLE t')).toThrow(/readonly/);
    conn.close();
  });
});

const ZEEK = '../shared/datasets/zeek';

describe.skipIf(!existsSync(ZEEK))('real Zeek conn logs (../shared)', () => {
  it('ingest without error and the reference detection runs over them', async () => {
    const dir = scratch();
    const db = join(dir, 'zeek.db');
    const files = readdirSync(ZEEK).filter((f) => f.includes('conn')).map((f) => join(ZEEK, f));
    const loaded = await cli(['ingest', '--db', db, ...files]);
    expect(loaded.code).toBe(0);
    expect(rowCount(db)).toBe(4504 + 361 + 18 + 5663 + 34);
    const r = await cli(['run', '-f', 'examples/detect_outbound_smb_traffic.spl', '--db', db, '--tz', 'UTC', '--format', 'csv']);
    expect(r.code).toBe(0);
    // The captures hold inbound SMB scans from the Internet, not outbound SMB: the detection rightly finds nothing.
    expect(r.stdout).toBe('src_ip,dest_ip,dest_port,start_time,end_time,action,app,sourcetype,count\n');
    const inboundSmb = '| tstats count from datamodel=Network_Traffic where All_Traffic.dest_port=445 by All_Traffic.dest_ip | rename All_Traffic.* as * | search dest_ip=147.32.0.0/16';
    const inbound = await cli(['run', inboundSmb, '--db', db, '--format', 'json']);
    expect((JSON.parse(inbound.stdout) as { results: unknown[] }).results.length).toBeGreaterThan(0);
  });
});
