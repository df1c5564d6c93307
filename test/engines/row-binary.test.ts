import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveDataset } from '../../src/api/ingest.js';
import type { RootTable } from '../../src/datamodels/schema.js';
import type { Cell } from '../../src/engines/engine.js';
import { rowBinaryRows } from '../../src/engines/clickhouse/row-binary.js';
import { ipKeyBuffer } from '../../src/ingest/ip-key.js';

/** ClickHouse's reading of RowBinary for Nullable(String) / Nullable(Float64) columns, written here from the format's definition. */
function readRowBinary(data: Buffer, numeric: readonly boolean[]): (Buffer | number | null)[][] {
  const rows: (Buffer | number | null)[][] = [];
  let at = 0;
  while (at < data.length) {
    const row: (Buffer | number | null)[] = [];
    for (const isNumber of numeric) {
      const flag = data[at++];
      if (flag === 1) {
        row.push(null);
        continue;
      }
      expect(flag).toBe(0);
      if (isNumber) {
        row.push(data.readDoubleLE(at));
        at += 8;
        continue;
      }
      let length = 0;
      let shift = 1;
      for (;;) {
        const b = data[at++] as number;
        length += (b & 0x7f) * shift;
        shift *= 128;
        if ((b & 0x80) === 0) break;
      }
      row.push(data.subarray(at, at + length));
      at += length;
    }
    rows.push(row);
  }
  return rows;
}

function tinyTable(types: readonly ('TEXT' | 'NUMERIC')[]): RootTable {
  const base = resolveDataset('Network_Traffic');
  const columns = types.map((sqlType, i) => ({ name: `c${i}`, sqlType, field: `c${i}`, fieldType: 'string' as const, multivalue: false, isIpKey: false }));
  return { ...base, columns, byField: new Map(columns.map((c) => [c.name, c])) };
}

describe('rowBinaryRows', () => {
  it('round-trips any text, NULL and bytes, and long values past one length byte', () => {
    const table = tinyTable(['TEXT', 'TEXT']);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.option(fc.string({ unit: 'grapheme', maxLength: 300 })), fc.option(fc.uint8Array({ maxLength: 200 }))), { maxLength: 10 }), (cells) => {
        const rows: Cell[][] = cells.map(([text, bytes]) => [text, bytes]);
        const read = readRowBinary(rowBinaryRows(table, rows), [false, false]);
        expect(read).toEqual(cells.map(([text, bytes]) => [text === null ? null : Buffer.from(text, 'utf8'), bytes === null ? null : Buffer.from(bytes)]));
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  it('keeps every bit of a number, where text would round (5.7416451925866866e-11 came back changed from TabSeparated)', () => {
    const table = tinyTable(['NUMERIC']);
    const numbers = [5.7416451925866866e-11, 1602633600, 1.5, -0.25, 1e21, 0, Number.MIN_VALUE, 1728892800.123456];
    const read = readRowBinary(rowBinaryRows(table, numbers.map((n) => [n])), [true]);
    expect(read.map(([n]) => n)).toEqual(numbers);
    fc.assert(fc.property(fc.double({ noNaN: true }), (n) => Object.is(readRowBinary(rowBinaryRows(table, [[n]]), [true])[0]?.[0], n)), { numRuns: 500, seed: 4 });
  });

  it('writes every column of table.columns in order: text, _time as a number, IP keys as bytes', () => {
    const table = resolveDataset('Network_Traffic');
    const row: Cell[] = table.columns.map((c) => (c.isIpKey ? ipKeyBuffer('192.168.1.1') : c.sqlType === 'NUMERIC' ? 1728892800 : c.name));
    const [read] = readRowBinary(rowBinaryRows(table, [row]), table.columns.map((c) => c.sqlType === 'NUMERIC'));
    table.columns.forEach((c, i) => {
      expect(read?.[i]).toEqual(c.isIpKey ? Buffer.from([4, 192, 168, 1, 1]) : c.sqlType === 'NUMERIC' ? 1728892800 : Buffer.from(c.name));
    });
  });
});
