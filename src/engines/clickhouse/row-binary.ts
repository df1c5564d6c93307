import type { RootTable } from '../../datamodels/schema.js';
import type { Cell } from '../engine.js';

/**
 * Rows in ClickHouse's RowBinary input format, for the Nullable(String) and
 * Nullable(Float64) columns splice creates: per cell a null flag byte, then a
 * string as its LEB128 length and bytes, or a number as its 8 IEEE-754 bytes
 * (little-endian). Numbers keep every bit: 18.16's text parser rounds some
 * (5.7416451925866866e-11 came back one unit in the last place off from
 * TabSeparated), and text and IP-key bytes go through unchanged.
 */
export function rowBinaryRows(table: RootTable, rows: readonly (readonly Cell[])[]): Buffer {
  const parts: Buffer[] = [];
  const numeric = table.columns.map((c) => c.sqlType === 'NUMERIC');
  for (const row of rows) {
    numeric.forEach((isNumber, i) => {
      const cell = row[i] ?? null;
      if (cell === null) {
        parts.push(NULL_FLAG);
        return;
      }
      parts.push(PRESENT_FLAG);
      if (isNumber) {
        const bytes = Buffer.alloc(8);
        bytes.writeDoubleLE(Number(cell));
        parts.push(bytes);
        return;
      }
      const bytes = typeof cell === 'string' ? Buffer.from(cell, 'utf8') : typeof cell === 'number' ? Buffer.from(String(cell)) : Buffer.from(cell);
      parts.push(leb128(bytes.length), bytes);
    });
  }
  return Buffer.concat(parts);
}

const NULL_FLAG = Buffer.from([1]);
const PRESENT_FLAG = Buffer.from([0]);

function leb128(n: number): Buffer {
  const out: number[] = [];
  let rest = n;
  do {
    const low = rest & 0x7f;
    rest = Math.floor(rest / 128);
    out.push(rest > 0 ? low | 0x80 : low);
  } while (rest > 0);
  return Buffer.from(out);
}
