import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { ioError } from '../ingest/readers/chunks.js';
import { parseCsvBaseline } from './csv.js';
import { isJsonObject, parseJsonBaseline } from './json.js';
import { parseJsonLinesBaseline } from './jsonl.js';
import type { BaselineFormat, ResultSet } from './result-set.js';

export { toResultSet, writeBaselineCsv, type BaselineFormat, type Cell, type ResultSet } from './result-set.js';

/** Whether JSON text is one REST document (`{"results": …}`) rather than JSON lines. */
function isRestDocument(text: string): boolean {
  try {
    const doc: unknown = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
    return isJsonObject(doc) && 'results' in doc;
  } catch {
    // Not one document: JSON lines when its first line is JSON on its own; else a broken document.
    const first = text.replace(/^\uFEFF/, '').trimStart().split('\n', 1)[0] ?? '';
    try {
      JSON.parse(first);
      return false;
    } catch {
      return true;
    }
  }
}

/**
 * The format of a baseline: `.csv` is CSV, `.jsonl`/`.ndjson` JSON lines, and
 * `.json` (or any other name starting with `{`) a REST document when it parses
 * as one object with `results`, else JSON lines.
 */
export function detectBaselineFormat(path: string, text: string): BaselineFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext !== '.json' && !text.replace(/^\uFEFF/, '').trimStart().startsWith('{')) return 'csv';
  return isRestDocument(text) ? 'json' : 'jsonl';
}

export function parseBaseline(text: string, format: BaselineFormat, name: string): ResultSet {
  switch (format) {
    case 'csv':
      return parseCsvBaseline(text, name);
    case 'json':
      return parseJsonBaseline(text, name);
    case 'jsonl':
      return parseJsonLinesBaseline(text, name);
  }
}

/** Reads a baseline exported from Splunk; the format comes from the name and content when not given. */
export function readBaseline(path: string, format?: BaselineFormat): ResultSet {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw ioError(path, err);
  }
  return parseBaseline(text, format ?? detectBaselineFormat(path, text), path);
}
