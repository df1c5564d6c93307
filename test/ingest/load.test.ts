import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest, resolveDataset } from '../../src/api/ingest.js';
import { indexedColumns } from '../../src/datamodels/schema.js';
import { openSqlite, type SqliteDatabase } from '../../src/exec/sqlite.js';
import { ensureTable } from '../../src/ingest/table-writer.js';
import { sqliteDialect } from '../../src/sql/dialects/sqlite.js';
import { tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const table = resolveDataset('Network_Traffic');
const expectedIndexes = indexedColumns(table).map((c) => `${table.name}__${c}`).sort();

function indexes(db: SqliteDatabase): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? ORDER BY name").all(table.name) as { name: string }[]).map((r) => r.name);
}

const digest = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('bulk load', () => {
  it('leaves a new table with all its IP-key indexes, holding every row', async () => {
    const csv = tmp.write('flows.csv', `src_ip,dest_ip,dest_port\n${Array.from({ length: 50 }, (_, i) => `10.0.0.${i},8.8.8.8,53`).join('\n')}\n`);
    const db = openSqlite(join(tmp.dir, 'new.db'), 'write');
    await ingest(db, sqliteDialect, 'Network_Traffic', [{ path: csv }]);
    expect(indexes(db)).toEqual(expectedIndexes);
    const viaIndex = db.prepare(`SELECT count(*) AS n FROM "${table.name}" INDEXED BY "${table.name}__src_ip__ipkey" WHERE src_ip__ipkey >= ?`).get(Buffer.from([4, 10, 0, 0, 25])) as { n: number };
    expect(viaIndex.n).toBe(25);
    db.close();
  });

  it('a failed load into an empty table (indexes dropped for the load) leaves the file byte-for-byte as it was', async () => {
    const path = join(tmp.dir, 'empty.db');
    const setup = openSqlite(path, 'write');
    ensureTable(setup, table, sqliteDialect);
    setup.close();
    const before = digest(path);
    const bad = tmp.write('bad.csv', 'src_ip,dest_ip\n10.0.0.2,8.8.8.8\n10.0.0.3,"unterminated\n');
    const db = openSqlite(path, 'write');
    await expect(ingest(db, sqliteDialect, 'Network_Traffic', [{ path: bad }])).rejects.toThrow(/unterminated/);
    expect(indexes(db)).toEqual(expectedIndexes);
    db.close();
    expect(digest(path)).toBe(before);
  });

  it('restores the connection page cache size after the load', async () => {
    const db = openSqlite(':memory:', 'write');
    const before: unknown = db.pragma('cache_size', { simple: true });
    await ingest(db, sqliteDialect, 'Network_Traffic', [{ path: tmp.write('one.csv', 'src_ip\n10.0.0.1\n') }]);
    expect(db.pragma('cache_size', { simple: true })).toBe(before);
    db.close();
  });

  it('reports progress as rows load, ending with the total over all files', async () => {
    const rows = 20000;
    const csv = tmp.write('many.csv', `src_ip\n${'10.0.0.1\n'.repeat(rows)}`);
    const seen: number[] = [];
    const db = openSqlite(':memory:', 'write');
    await ingest(db, sqliteDialect, 'Network_Traffic', [{ path: csv }, { path: csv }], { onProgress: (n) => seen.push(n) });
    db.close();
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every((n, i) => i === 0 || n >= (seen[i - 1] as number))).toBe(true);
    expect(seen.at(-1)).toBe(2 * rows);
  });
});
