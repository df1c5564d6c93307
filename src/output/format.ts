import { scalarText, type FieldValue, type Scalar, type Table } from '../values/value.js';

export type OutputFormat = 'table' | 'csv' | 'json' | 'jsonl';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['table', 'csv', 'json', 'jsonl'];

function texts(value: FieldValue): string[] {
  return Array.isArray(value) ? (value as readonly Scalar[]).map(scalarText) : [scalarText(value as Scalar)];
}

/** Splunk's CSV export: a header, then rows; a multivalue cell holds its values joined by newlines. */
export function formatCsv(table: Table): string {
  const cell = (text: string): string => (/[",\n\r]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = [table.fields.map(cell).join(',')];
  for (const row of table.rows) {
    lines.push(table.fields.map((f) => {
      const v = row.get(f);
      return v === undefined ? '' : cell(texts(v).join('\n'));
    }).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** A row as Splunk's REST API shows it: strings, arrays for multivalue, absent fields left out. */
export function rowObject(table: Table, index: number): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const row = table.rows[index];
  if (!row) return out;
  for (const f of table.fields) {
    const v = row.get(f);
    if (v === undefined) continue;
    const list = texts(v);
    Object.defineProperty(out, f, { value: Array.isArray(v) ? list : list[0] ?? '', enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Splunk's REST JSON shape: `{"fields":[{"name":…}],"results":[{…}]}`. */
export function formatJson(table: Table): string {
  const results = table.rows.map((_, i) => rowObject(table, i));
  return `${JSON.stringify({ preview: false, init_offset: 0, messages: [], fields: table.fields.map((name) => ({ name })), results }, null, 2)}\n`;
}

/** One `{"result": {…}}` per line, as `splunk search … -output json` prints. */
export function formatJsonLines(table: Table): string {
  return table.rows.map((_, i) => `${JSON.stringify({ preview: false, result: rowObject(table, i) })}\n`).join('');
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
