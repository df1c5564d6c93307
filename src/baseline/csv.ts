import { errorInFile } from '../diagnostics/diagnostic.js';
import type { Cell, ResultSet } from './result-set.js';

/** One CSV record: its cells and the line it starts on; `blank` when the line held nothing at all. */
interface CsvRecord {
  readonly cells: readonly string[];
  readonly line: number;
  readonly blank: boolean;
}

function newlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** A quoted cell starting at `p` (on its opening quote): its text and the offset after the closing quote. */
function quotedCell(text: string, p: number, file: string, line: number): { value: string; end: number } {
  let value = '';
  let q = p + 1;
  for (;;) {
    const j = text.indexOf('"', q);
    if (j < 0) throw errorInFile('bad-input', `unterminated quoted field (its quote opens on line ${line})`, file, line);
    if (text.charCodeAt(j + 1) === 34) {
      value += text.slice(q, j + 1);
      q = j + 2;
      continue;
    }
    return { value: value + text.slice(q, j), end: j + 1 };
  }
}

/** RFC 4180 records (https://www.rfc-editor.org/rfc/rfc4180): commas, quotes doubled inside quotes, LF or CRLF ends a record. */
function* csvRecords(text: string, file: string): Generator<CsvRecord> {
  let p = 0;
  let line = 1;
  while (p < text.length) {
    const start = line;
    const blank = text[p] === '\n' || text.startsWith('\r\n', p);
    const cells: string[] = [];
    for (;;) {
      if (text[p] === '"') {
        const cell = quotedCell(text, p, file, line);
        cells.push(cell.value);
        line += newlines(text, p, cell.end);
        p = cell.end;
        if (p >= text.length) break;
        if (text[p] === ',') {
          p++;
          continue;
        }
        const eol = text[p] === '\n' || (text[p] === '\r' && p + 1 === text.length) ? 1 : text.startsWith('\r\n', p) ? 2 : 0;
        if (eol === 0) throw errorInFile('bad-input', 'unexpected text after a closing quote (a quote inside a quoted field must be doubled: "")', file, line);
        p += eol;
        line++;
        break;
      }
      const comma = text.indexOf(',', p);
      const lf = text.indexOf('\n', p);
      const end = comma >= 0 && (lf < 0 || comma < lf) ? comma : lf >= 0 ? lf : text.length;
      cells.push(text.slice(p, end > p && end === lf && text[end - 1] === '\r' ? end - 1 : end));
      if (end === text.length) {
        p = end;
        break;
      }
      p = end + 1;
      if (end === comma) continue;
      line++;
      break;
    }
    yield { cells, line: start, blank };
  }
}

/**
 * Splunk's CSV export holds a multivalue field as its values joined by
 * newlines in one quoted cell, and a missing field as an empty cell
 * (spl-semantics.md §8.4) [INF: no Splunk doc states the joiner; a CRLF
 * joiner is accepted too, for files passed through Windows tools].
 */
function csvCell(text: string): Cell | undefined {
  if (text === '') return undefined;
  return text.includes('\n') ? text.split(/\r?\n/) : text;
}

function checkHeader(record: CsvRecord, file: string): readonly string[] {
  const seen = new Set<string>();
  record.cells.forEach((name, i) => {
    if (name.trim() === '') throw errorInFile('bad-input', `header column ${i + 1} has an empty name`, file, record.line);
    if (seen.has(name)) throw errorInFile('bad-input', `duplicate column name in header: "${name}"`, file, record.line);
    seen.add(name);
  });
  return record.cells;
}

/** A CSV export as a result set; a UTF-8 byte-order mark and CRLF line ends are accepted. */
export function parseCsvBaseline(text: string, file: string): ResultSet {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let fields: readonly string[] | undefined;
  const rows: Map<string, Cell>[] = [];
  for (const record of csvRecords(body, file)) {
    if (fields === undefined) {
      if (!record.blank) fields = checkHeader(record, file);
      continue;
    }
    // A blank line is a row only when there is one column: that row lacks the field.
    if (record.blank && fields.length > 1) continue;
    if (record.cells.length !== fields.length) {
      const msg = `row has ${record.cells.length} cell${record.cells.length === 1 ? '' : 's'} but the header has ${fields.length}`;
      throw errorInFile('bad-input', msg, file, record.line);
    }
    const row = new Map<string, Cell>();
    fields.forEach((field, i) => {
      const cell = csvCell(record.cells[i] ?? '');
      if (cell !== undefined) row.set(field, cell);
    });
    rows.push(row);
  }
  if (fields === undefined) throw errorInFile('bad-input', 'empty file: no CSV header row', file, 1);
  return { fields, rows };
}
