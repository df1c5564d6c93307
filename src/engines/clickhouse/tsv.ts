import type { RootTable } from '../../datamodels/schema.js';
import type { Cell } from '../engine.js';

/**
 * Rows in ClickHouse's TabSeparated input format: a cell's bytes as they are,
 * except the escapes the format defines (backslash, tab, newline, carriage
 * return, NUL, backspace, form feed, quote), and \N for NULL. Text and IP-key
 * bytes alike go through unchanged, so ClickHouse stores what SQLite held.
 */
export function tsvRows(table: RootTable, rows: readonly (readonly Cell[])[]): Buffer {
  const parts: Buffer[] = [];
  for (const row of rows) {
    table.columns.forEach((_, i) => {
      if (i > 0) parts.push(TAB);
      parts.push(tsvCell(row[i] ?? null));
    });
    parts.push(NEWLINE);
  }
  return Buffer.concat(parts);
}

const TAB = Buffer.from('\t');
const NEWLINE = Buffer.from('\n');
const NULL_CELL = Buffer.from('\\N');

const ESCAPES: ReadonlyMap<number, string> = new Map([
  [0x5c, '\\\\'], [0x09, '\\t'], [0x0a, '\\n'], [0x0d, '\\r'], [0x00, '\\0'], [0x08, '\\b'], [0x0c, '\\f'], [0x27, "\\'"],
]);

function tsvCell(cell: Cell): Buffer {
  if (cell === null) return NULL_CELL;
  if (typeof cell === 'number') return Buffer.from(String(cell));
  const bytes = typeof cell === 'string' ? Buffer.from(cell, 'utf8') : Buffer.from(cell);
  if (!bytes.some((b) => ESCAPES.has(b))) return bytes;
  const out: number[] = [];
  for (const b of bytes) {
    const escape = ESCAPES.get(b);
    if (escape === undefined) out.push(b);
    else for (const c of escape) out.push(c.charCodeAt(0));
  }
  return Buffer.from(out);
}
