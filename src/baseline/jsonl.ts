import { errorInFile } from '../diagnostics/diagnostic.js';
import { isJsonObject, jsonRow, parseJsonText } from './json.js';
import { noteField, type Cell, type ResultSet } from './result-set.js';

/** Keys a line of `-output json` or search/jobs/export may carry besides `result` [INF from public samples]. */
const METADATA_KEYS = new Set(['preview', 'offset', 'init_offset', 'lastrow', 'messages', 'highlighted', 'fields']);

/**
 * JSON lines as `splunk search … -output json` and the REST export endpoint
 * print them: one object a line, the row under `result`. Blank lines and
 * lines with only metadata are skipped; field order is first-seen order.
 * Rows flagged `"preview": true` are partial results a later batch replaces
 * [INF], so they are dropped; a file with nothing else is refused rather
 * than read as "no rows".
 */
export function parseJsonLinesBaseline(text: string, file: string): ResultSet {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const order: string[] = [];
  const seen = new Set<string>();
  const rows: Map<string, Cell>[] = [];
  let previews = 0;
  body.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const source = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (source.trim() === '') return;
    const value = parseJsonText(source, file, line);
    if (!isJsonObject(value)) throw errorInFile('bad-input', `line ${line}: expected a JSON object like {"result": {…}}`, file, line);
    if (!('result' in value)) {
      if (Object.keys(value).every((k) => METADATA_KEYS.has(k))) return;
      throw errorInFile('bad-input', `line ${line}: expected the row under "result", as \`splunk search … -output json\` prints it`, file, line);
    }
    const row = jsonRow(value.result, `line ${line}`, file, line);
    if (value.preview === true) {
      previews++;
      return;
    }
    for (const f of row.keys()) noteField(order, seen, f);
    rows.push(row);
  });
  if (rows.length === 0 && previews > 0) {
    throw errorInFile('bad-input', `only preview results (${previews} rows flagged "preview": true): export the finished search`, file);
  }
  return { fields: order, rows };
}
