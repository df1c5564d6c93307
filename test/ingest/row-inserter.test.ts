import { describe, expect, it } from 'vitest';
import { resolveDataset } from '../../src/api/ingest.js';
import { openSqlite } from '../../src/exec/sqlite.js';
import type { InputValue } from '../../src/ingest/record.js';
import { jsonList, RowInserter } from '../../src/ingest/row-inserter.js';
import { encodeValue, ensureTable } from '../../src/ingest/table-writer.js';
import { sqliteDialect } from '../../src/sql/dialects/sqlite.js';

const table = resolveDataset('Network_Traffic');

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

/** Fields with every kind of column: text, IP (valid and not), multivalue, and one the dataset lacks. */
const VALUES: ReadonlyArray<readonly [string, readonly InputValue[]]> = [
  ['src_ip', ['10.0.0.1', '2001:db8::1', '010.0.0.1', 'host-a', ['10.0.0.1', '10.0.0.2']]],
  ['dest_ip', ['8.8.8.8', '::ffff:1.2.3.4', '256.0.0.1']],
  ['dvc_ip', ['192.168.1.1']],
  ['dest_category', ['web', ['web', 'dns'], ['solo']]],
  ['tag', [['a', 'b']]],
  ['action', ['allowed', 'blocked']],
  ['app', ['smb']],
  ['bytes', ['1024', '1.5e3']],
  ['user', ['bob']],
  ['src_port', ['49152']],
  ['transport', ['tcp']],
  ['vendor_product', ['x y']],
  ['not_a_cim_field', ['z']],
];

describe('RowInserter', () => {
  it('stores what binding every column (encodeValue) stores, across more column sets than get a statement', () => {
    const db = openSqlite(':memory:', 'write');
    ensureTable(db, table, sqliteDialect);
    const inserter = new RowInserter(db, table, sqliteDialect);
    const next = random(3);
    const expected: unknown[][] = [];
    const shapes = new Set<string>();
    for (let i = 0; i < 600; i++) {
      const record = new Map<string, InputValue>();
      for (const [field, values] of VALUES) {
        if (next() < 0.5) record.set(field, values[Math.floor(next() * values.length)] as InputValue);
      }
      const time = next() < 0.2 ? null : 1700000000 + i;
      if (time !== null) record.set('_time', String(time));
      shapes.add([...record.keys()].sort().join(','));
      inserter.insert(record, time);
      expected.push(table.columns.map((c) => (c.field === '_time' ? time : encodeValue(c, record.get(c.field)))));
    }
    const stored = db.prepare(`SELECT ${table.columns.map((c) => sqliteDialect.quoteIdentifier(c.name)).join(', ')} FROM ${sqliteDialect.quoteIdentifier(table.name)} ORDER BY rowid`).raw().all();
    expect(shapes.size).toBeGreaterThan(64); // past the per-shape statements: the wide fallback is exercised too
    expect(stored).toEqual(expected);
    expect([...inserter.unmapped]).toEqual(['not_a_cim_field']);
    db.close();
  });
});

describe('jsonList', () => {
  it('writes what JSON.stringify writes for one text or a list, escapes and surrogates included', () => {
    const next = random(9);
    const alphabet = ['a', 'Z', '0', ' ', ',', '"', '\\', '\n', '\t', '\u0000', '\u001f', '\u007f', 'é', '€', '😀', '\ud800', '\udc00', '[', ']'];
    const text = (): string => Array.from({ length: Math.floor(next() * 6) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    const mismatches: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const one = text();
      const list = Array.from({ length: Math.floor(next() * 4) }, text);
      if (jsonList(one) !== JSON.stringify([one])) mismatches.push(JSON.stringify(one));
      if (jsonList(list) !== JSON.stringify(list)) mismatches.push(JSON.stringify(list));
    }
    expect(mismatches).toEqual([]);
  });
});
