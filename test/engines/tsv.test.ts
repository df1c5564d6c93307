import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveDataset } from '../../src/api/ingest.js';
import type { RootTable } from '../../src/datamodels/schema.js';
import { tsvRows } from '../../src/engines/clickhouse/tsv.js';
import type { Cell } from '../../src/engines/engine.js';
import { ipKeyBuffer } from '../../src/ingest/ip-key.js';

/**
 * ClickHouse's TabSeparated input, read back as the server reads it
 * (https://clickhouse.com/docs/en/interfaces/formats#tabseparated-data-formatting):
 * rows end at a raw newline, cells at a raw tab, a cell that is exactly \N is
 * NULL, and \b \f \r \n \t \0 \' \\ stand for their bytes. Any other escape
 * fails the test: splice should not write one.
 */
function readTsv(data: Buffer): (Buffer | null)[][] {
  const rows: (Buffer | null)[][] = [];
  let cells: (Buffer | null)[] = [];
  let cell: number[] = [];
  let escaped = false;
  const endCell = (): void => {
    cells.push(escaped && cell.length === 1 && cell[0] === 0x4e ? null : Buffer.from(cell));
    cell = [];
    escaped = false;
  };
  const ESCAPES = new Map([[0x62, 0x08], [0x66, 0x0c], [0x72, 0x0d], [0x6e, 0x0a], [0x74, 0x09], [0x30, 0x00], [0x27, 0x27], [0x5c, 0x5c]]);
  for (let i = 0; i < data.length; i++) {
    const b = data[i] ?? 0;
    if (b === 0x09 || b === 0x0a) {
      endCell();
      if (b === 0x0a) {
        rows.push(cells);
        cells = [];
      }
    } else if (b === 0x5c) {
      const next = data[++i] ?? -1;
      if (next === 0x4e && cell.length === 0 && (data[i + 1] === 0x09 || data[i + 1] === 0x0a)) {
        cell.push(next);
        escaped = true;
        continue;
      }
      const byte = ESCAPES.get(next);
      if (byte === undefined) throw new Error(`unexpected escape \\${String.fromCharCode(next)}`);
      cell.push(byte);
    } else {
      cell.push(b);
    }
  }
  if (cell.length > 0 || cells.length > 0) throw new Error('data does not end with a newline');
  return rows;
}

/** A table of a few text columns, shaped as a RootTable (tsvRows reads only `columns`). */
function tinyTable(names: readonly string[]): RootTable {
  const base = resolveDataset('Network_Traffic');
  const columns = names.map((name) => ({ name, sqlType: 'TEXT' as const, field: name, fieldType: 'string' as const, multivalue: false, isIpKey: false }));
  return { ...base, columns, byField: new Map(columns.map((c) => [c.name, c])) };
}

const one = tinyTable(['a']);
const hostileText = fc.string({
  unit: fc.oneof(fc.constantFrom('\t', '\n', '\r', '\\', "'", '"', '\u0000', '\u0008', '\u000c', 'N', '\u007f', 'é', '😀'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
  maxLength: 30,
});

describe('tsvRows', () => {
  it('writes NULL as \\N and nothing else that way', () => {
    expect(tsvRows(tinyTable(['a', 'b']), [[null, 'x']]).toString('latin1')).toBe('\\N\tx\n');
    expect(readTsv(tsvRows(one, [['\\N'], ['N'], ['']]))).toEqual([[Buffer.from('\\N')], [Buffer.from('N')], [Buffer.alloc(0)]]);
  });

  it('escapes tab, newline, backslash, quote and NUL so the text round-trips', () => {
    const text = "a\tb\nc\\d'e\u0000f\rg\u0008h\u000ci";
    expect(readTsv(tsvRows(one, [[text]]))).toEqual([[Buffer.from(text, 'utf8')]]);
    const written = tsvRows(one, [[text]]).toString('latin1');
    expect(written).not.toMatch(/[\t\r\u0000\u0008\u000c]/);
    expect(written.indexOf('\n')).toBe(written.length - 1);
  });

  it('property: any text round-trips as its UTF-8 bytes, one row per input row', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hostileText, fc.option(hostileText)), { maxLength: 5 }), (rows) => {
        const cells: Cell[][] = rows.map(([a, b]) => [a, b]);
        const read = readTsv(tsvRows(tinyTable(['a', 'b']), cells));
        expect(read).toEqual(rows.map(([a, b]) => [Buffer.from(a, 'utf8'), b === null ? null : Buffer.from(b, 'utf8')]));
      }),
      { numRuns: 500 },
    );
  });

  it('passes bytes of 0x80 and above through unchanged', () => {
    const high = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
    const out = tsvRows(one, [[high]]);
    expect(out).toEqual(Buffer.concat([Buffer.from(high), Buffer.from('\n')]));
  });

  it('property: IP-key bytes round-trip, escapes and all', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 17 }), (bytes) => {
        expect(readTsv(tsvRows(one, [[bytes]]))).toEqual([[Buffer.from(bytes)]]);
      }),
      { numRuns: 500 },
    );
    const key = ipKeyBuffer('10.9.0.92');
    expect(key).toEqual(Buffer.from([4, 10, 9, 0, 92]));
    expect(tsvRows(one, [[key]])).toEqual(Buffer.from([4, 0x5c, 0x6e, 0x5c, 0x74, 0x5c, 0x30, 0x5c, 0x5c, 0x0a]));
  });

  it('writes numbers as String(n)', () => {
    const numbers = [1602633600, 1.5, -0.25, 1e21, 0];
    expect(tsvRows(one, numbers.map((n) => [n])).toString('latin1')).toBe(numbers.map((n) => `${String(n)}\n`).join(''));
  });

  it('writes cells in the order of table.columns, one per column', () => {
    const table = resolveDataset('Network_Traffic');
    const row = table.columns.map((c) => (c.isIpKey ? ipKeyBuffer('192.168.1.1') : c.name));
    const [read] = readTsv(tsvRows(table, [row]));
    expect(read?.length).toBe(table.columns.length);
    table.columns.forEach((c, i) => {
      expect(read?.[i]).toEqual(c.isIpKey ? Buffer.from([4, 192, 168, 1, 1]) : Buffer.from(c.name));
    });
  });
});
