import { scalarText, type FieldValue, type Row, type Scalar, type Table } from '../values/value.js';

export type OutputFormat = 'table' | 'csv' | 'json' | 'jsonl';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['table', 'csv', 'json', 'jsonl'];

function texts(value: FieldValue): string[] {
  return Array.isArray(value) ? (value as readonly Scalar[]).map(scalarText) : [scalarText(value as Scalar)];
}

function csvCell(text: string): string {
  return /[",\n\r]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(fields: readonly string[], row: Row): string {
  return `${fields.map((f) => {
    const v = row.get(f);
    return v === undefined ? '' : csvCell(texts(v).join('\n'));
  }).join(',')}\n`;
}

/** Splunk's CSV export: a header, then rows; a multivalue cell holds its values joined by newlines. */
export function formatCsv(table: Table): string {
  return `${table.fields.map(csvCell).join(',')}\n${table.rows.map((row) => csvLine(table.fields, row)).join('')}`;
}

/** A row as Splunk's REST API shows it: strings, arrays for multivalue, absent fields left out. */
export function rowObject(fields: readonly string[], row: Row): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const f of fields) {
    const v = row.get(f);
    if (v === undefined) continue;
    const list = texts(v);
    Object.defineProperty(out, f, { value: Array.isArray(v) ? list : list[0] ?? '', enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Splunk's REST JSON shape: `{"fields":[{"name":…}],"results":[{…}]}`. */
export function formatJson(table: Table): string {
  const results = table.rows.map((row) => rowObject(table.fields, row));
  return `${JSON.stringify({ preview: false, init_offset: 0, messages: [], fields: table.fields.map((name) => ({ name })), results }, null, 2)}\n`;
}

function jsonLine(fields: readonly string[], row: Row): string {
  return `${JSON.stringify({ preview: false, result: rowObject(fields, row) })}\n`;
}

/** One `{"result": {…}}` per line, as `splunk search … -output json` prints. */
export function formatJsonLines(table: Table): string {
  return table.rows.map((row) => jsonLine(table.fields, row)).join('');
}

/** A table for people: aligned columns; multivalue cells take one line a value. */
export function formatTable(table: Table): string {
  if (table.fields.length === 0) return '(no fields)\n';
  const cells = table.rows.map((row) => table.fields.map((f) => {
    const v = row.get(f);
    return v === undefined ? [''] : texts(v);
  }));
  const widths = table.fields.map((f, c) => Math.max(f.length, ...cells.map((r) => Math.max(...(r[c] ?? ['']).map((t) => t.length)))));
  const line = (parts: readonly string[]): string => parts.map((p, c) => p.padEnd(widths[c] ?? 0)).join('  ').trimEnd();
  const out = [line(table.fields), line(widths.map((w) => '-'.repeat(w)))];
  for (const row of cells) {
    const height = Math.max(...row.map((c) => c.length));
    for (let k = 0; k < height; k++) out.push(line(row.map((c) => c[k] ?? '')));
  }
  out.push(`(${table.rows.length} ${table.rows.length === 1 ? 'row' : 'rows'})`);
  return `${out.join('\n')}\n`;
}

export function formatOutput(table: Table, format: OutputFormat): string {
  switch (format) {
    case 'table':
      return formatTable(table);
    case 'csv':
      return formatCsv(table);
    case 'json':
      return formatJson(table);
    case 'jsonl':
      return formatJsonLines(table);
  }
}

/** Rows read once, with their field list once it is known (see runtime/stream.ts). */
export interface RowStream extends Iterable<Row> {
  fields(): readonly string[] | undefined;
}

/** A format cut into what comes before the rows, each row, and what comes after. */
interface Pieces {
  readonly head: (fields: readonly string[]) => string;
  readonly row: (fields: readonly string[], row: Row, index: number) => string;
  readonly tail: (count: number) => string;
}

/** Only '\n' ends a line: JSON.stringify escapes no U+2028, which a /^/m regex would take for one. */
function indent(text: string): string {
  return text.split('\n').map((line) => `    ${line}`).join('\n');
}

/** formatJson's text, a row at a time: JSON.stringify nests each result two levels (four spaces) deep. */
const JSON_PIECES: Pieces = {
  head: (fields) => `${JSON.stringify({ preview: false, init_offset: 0, messages: [], fields: fields.map((name) => ({ name })) }, null, 2).slice(0, -2)},\n  "results": [`,
  row: (fields, row, index) => `${index === 0 ? '' : ','}\n${indent(JSON.stringify(rowObject(fields, row), null, 2))}`,
  tail: (count) => `${count === 0 ? '' : '\n  '}]\n}\n`,
};

const PIECES: Readonly<Record<Exclude<OutputFormat, 'table'>, Pieces>> = {
  csv: { head: (fields) => `${fields.map(csvCell).join(',')}\n`, row: csvLine, tail: () => '' },
  json: JSON_PIECES,
  jsonl: { head: () => '', row: jsonLine, tail: () => '' },
};

/** Where writeResults sends text. */
export interface TextSink {
  readonly write: (text: string) => void;
  /** A promise of when the sink can take more after it fell behind; undefined when it can now. */
  readonly busy?: () => Promise<void> | undefined;
  /** Characters gathered before each write. */
  readonly chunk?: number;
}

/**
 * Writes the rows in `format` as they come, the same text formatOutput makes
 * of the whole table. Rows wait while the field list is unsettled (CSV's
 * header and every row's columns depend on it); the table format waits for
 * all of them, for its column widths. No row is read while the sink is busy,
 * so a slow reader does not make the text pile up in memory.
 */
export async function writeResults(results: RowStream, format: OutputFormat, sink: TextSink): Promise<void> {
  if (format === 'table') {
    const rows = [...results];
    sink.write(formatTable({ fields: results.fields() ?? [], rows }));
    return;
  }
  const pieces = PIECES[format];
  const chunk = sink.chunk ?? 1 << 16;
  let buffer = '';
  const flush = async (): Promise<void> => {
    sink.write(buffer);
    buffer = '';
    const busy = sink.busy?.();
    if (busy !== undefined) await busy;
  };
  let fields: readonly string[] | undefined;
  let count = 0;
  const waiting: Row[] = [];
  const start = (known: readonly string[]): void => {
    fields = known;
    buffer += pieces.head(known);
    for (const row of waiting.splice(0)) buffer += pieces.row(known, row, count++);
  };
  for (const row of results) {
    if (fields !== undefined) buffer += pieces.row(fields, row, count++);
    else {
      waiting.push(row);
      const known = results.fields();
      if (known !== undefined) start(known);
    }
    if (buffer.length >= chunk) await flush();
  }
  if (fields === undefined) start(results.fields() ?? []);
  buffer += pieces.tail(count);
  if (buffer !== '') await flush();
}
