import { errorInFile } from '../../diagnostics/diagnostic.js';
import { BATCH_RECORDS, batchedSource, type InputRecord, type InputSource, type InputValue } from '../record.js';
import { readTextChunks, type ReadOptions } from './chunks.js';
import { countNewlines } from './utf8.js';

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;
/** parse() result: the record runs past the end of the buffer; wait for more text. */
const MORE = -1;

/**
 * RFC 4180 record scanner over a text buffer. Fields are slices of the buffer
 * (no per-character concatenation); delimiter positions are found with
 * indexOf and cached, so each unquoted byte is scanned natively about once.
 */
class CsvScanner {
  readonly fields: string[] = [];
  /** Newlines inside quoted fields of the record last parsed. */
  innerLines = 0;
  private nextComma = -1;
  private nextLf = -1;

  constructor(private readonly file: string) {}

  /** Call whenever the buffer passed to parse() changes: cached positions refer to it. */
  newBuffer(): void {
    this.nextComma = -1;
    this.nextLf = -1;
  }

  /** Parses one record starting at p; returns the offset after it, or MORE. `line` is its first line. */
  parse(buf: string, p: number, atEof: boolean, line: number): number {
    const fields = this.fields;
    const len = buf.length;
    fields.length = 0;
    this.innerLines = 0;
    for (;;) {
      if (p < len && buf.charCodeAt(p) === QUOTE) {
        let q = p + 1;
        let escaped = false;
        let close: number;
        for (;;) {
          const j = buf.indexOf('"', q);
          if (j < 0) {
            if (!atEof) return MORE;
            throw errorInFile('bad-input', 'unterminated quoted field at end of file', this.file, line + this.innerLines);
          }
          if (j + 1 < len && buf.charCodeAt(j + 1) === QUOTE) {
            escaped = true;
            q = j + 2;
            continue;
          }
          if (j + 1 >= len && !atEof) return MORE; // the next char may be a second quote
          close = j;
          break;
        }
        const raw = buf.slice(p + 1, close);
        fields.push(escaped ? raw.replaceAll('""', '"') : raw);
        this.innerLines += countNewlines(buf, p + 1, close);
        p = close + 1;
        if (p >= len) return len;
        const c = buf.charCodeAt(p);
        if (c === COMMA) {
          p++;
          continue;
        }
        if (c === LF) return p + 1;
        if (c === CR) {
          if (p + 1 >= len) return atEof ? len : MORE;
          if (buf.charCodeAt(p + 1) === LF) return p + 2;
        }
        throw errorInFile(
          'bad-input',
          'unexpected text after a closing quote (a quote inside a quoted field must be doubled: "")',
          this.file,
          line + this.innerLines,
        );
      }
      if (this.nextComma < p) {
        const i = buf.indexOf(',', p);
        this.nextComma = i < 0 ? len : i;
      }
      if (this.nextLf < p) {
        const i = buf.indexOf('\n', p);
        this.nextLf = i < 0 ? len : i;
      }
      const q = this.nextComma < this.nextLf ? this.nextComma : this.nextLf;
      if (q === len && !atEof) return MORE;
      const end = q === this.nextLf && q > p && buf.charCodeAt(q - 1) === CR ? q - 1 : q;
      fields.push(buf.slice(p, end));
      if (q === len) return len;
      if (q === this.nextComma) {
        p = q + 1;
        continue;
      }
      return q + 1;
    }
  }
}

/** Turns scanned rows into records: the first non-blank row is the header. */
class CsvRows {
  private header: string[] | undefined;
  constructor(private readonly file: string) {}

  get hasHeader(): boolean {
    return this.header !== undefined;
  }

  take(fields: readonly string[], line: number): InputRecord | undefined {
    // A blank line carries no data; skipping it matches what people expect of CSV.
    if (fields.length === 1 && fields[0] === '') return undefined;
    const header = this.header;
    if (header === undefined) {
      this.header = checkHeader(fields, this.file, line);
      return undefined;
    }
    if (fields.length !== header.length) {
      const msg = `row has ${fields.length} field${fields.length === 1 ? '' : 's'} but the header has ${header.length}`;
      throw errorInFile('bad-input', msg, this.file, line);
    }
    const values = new Map<string, InputValue>();
    for (let i = 0; i < header.length; i++) {
      const v = fields[i] as string;
      if (v !== '') values.set(header[i] as string, v);
    }
    return { line, values };
  }
}

function checkHeader(fields: readonly string[], file: string, line: number): string[] {
  const seen = new Set<string>();
  fields.forEach((name, i) => {
    if (name.trim() === '') throw errorInFile('bad-input', `header column ${i + 1} has an empty name`, file, line);
    if (seen.has(name)) throw errorInFile('bad-input', `duplicate column name in header: "${name}"`, file, line);
    seen.add(name);
  });
  return [...fields];
}

async function* csvBatches(file: string, options: ReadOptions): AsyncGenerator<InputRecord[]> {
  const scanner = new CsvScanner(file);
  const rows = new CsvRows(file);
  let batch: InputRecord[] = [];
  let carry = '';
  let line = 1; // line on which `carry` (the next record) starts
  try {
    for await (const chunk of readTextChunks(file, options)) {
      const buf = carry.length > 0 ? carry + chunk : chunk;
      scanner.newBuffer();
      let p = 0;
      while (p < buf.length) {
        const end = scanner.parse(buf, p, false, line);
        if (end === MORE) break;
        const record = rows.take(scanner.fields, line);
        if (record !== undefined) batch.push(record);
        line += 1 + scanner.innerLines;
        p = end;
        if (batch.length >= BATCH_RECORDS) {
          yield batch;
          batch = [];
        }
      }
      carry = buf.slice(p);
    }
    scanner.newBuffer();
    let p = 0;
    while (p < carry.length) {
      p = scanner.parse(carry, p, true, line);
      const record = rows.take(scanner.fields, line);
      if (record !== undefined) batch.push(record);
      line += 1 + scanner.innerLines;
    }
  } catch (err) {
    if (batch.length > 0) yield batch;
    throw err;
  }
  if (batch.length > 0) yield batch;
  if (!rows.hasHeader) throw errorInFile('bad-input', 'empty file: no CSV header row', file, 1);
}

export function csvSource(file: string, options: ReadOptions = {}): InputSource {
  return batchedSource('csv', 'csv', () => csvBatches(file, options));
}
