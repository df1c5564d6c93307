import { readTextChunks } from '../ingest/readers/chunks.js';

/**
 * The column names of a CSV file, in file order. The CSV reader drops empty
 * cells from its records, so a column that is empty in every row (or in the
 * first rows) would be missing or out of place if the header were rebuilt from
 * records; `lookup t key` with no OUTPUT clause outputs the lookup's columns,
 * so their order matters. Only the first record is read; the full reader
 * (`csvSource`) validates the file, so this can assume it is well formed.
 */
export async function readCsvHeader(file: string): Promise<string[]> {
  let text = '';
  for await (const chunk of readTextChunks(file)) {
    text += chunk;
    const header = firstRecord(text, false);
    if (header !== undefined) return header;
  }
  return firstRecord(text, true) ?? [];
}

/** Parses the first non-blank record of `text`; undefined when it may continue past the end. */
export function firstRecord(text: string, atEof: boolean): string[] | undefined {
  let p = 0;
  while (p < text.length && (text[p] === '\n' || text[p] === '\r')) p++;
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (; p < text.length; p++) {
    const c = text[p];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[p + 1] === '"') {
        field += '"';
        p++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n') {
      fields.push(field.endsWith('\r') ? field.slice(0, -1) : field);
      return fields;
    } else field += c;
  }
  if (!atEof) return undefined;
  fields.push(field);
  return fields;
}
