import { scalarText, valuesOf, type Row } from '../values/value.js';
import { firstRecord } from './csv-header.js';

/**
 * CSV text as outputlookup writes a lookup file. "When you output to a static
 * lookup table, the outputlookup command merges values in a multivalued field
 * into single space-delimited value"
 * (https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Outputlookup).
 */
export function csvLines(fields: readonly string[], rows: readonly Row[]): string {
  return rows.map((row) => csvLine(fields.map((f) => valuesOf(row.get(f)).map(scalarText).join(' ')))).join('');
}

export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\n`;
}

/** Quoted when it holds a quote, comma or line break, or spaces the lookup reader would trim. */
function csvCell(text: string): string {
  return /[",\n\r]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header of an existing lookup file's text; empty for an empty file. */
export function csvHeaderOf(text: string): string[] {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return [];
  return firstRecord(body, true) ?? [];
}
