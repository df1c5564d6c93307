import { errorInFile } from '../diagnostics/diagnostic.js';
import { jsonSyntaxError } from './json-syntax.js';
import { noteField, type Cell, type ResultSet } from './result-set.js';

type JsonObject = Readonly<Record<string, unknown>>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The line of the first occurrence of `needle`, for errors about a part of a parsed document. */
function lineOf(text: string, needle: string): number | undefined {
  const at = text.indexOf(needle);
  return at < 0 ? undefined : lineAt(text, at);
}

/** JSON.parse, with a syntax error turned into a diagnostic on its line. */
export function parseJsonText(text: string, file: string, firstLine = 1): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const syntax = jsonSyntaxError(text);
    const why = syntax?.message ?? (err instanceof Error ? err.message : String(err));
    const line = firstLine - 1 + lineAt(text, syntax?.offset ?? text.length);
    throw errorInFile('bad-input', `invalid JSON on line ${line}: ${why}`, file, line);
  }
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Splunk's JSON gives every value as a string and a multivalue field as a
 * list of strings (spl-semantics.md §8.3). Numbers are accepted too, for
 * hand-written baselines; null reads as an absent field [INF].
 */
function jsonCell(value: unknown, where: string, file: string, line: number | undefined): Cell | undefined {
  if (value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) {
    return value.map((v: unknown) => {
      if (typeof v === 'string') return v;
      if (typeof v === 'number' && Number.isFinite(v)) return String(v);
      throw errorInFile('bad-input', `${where}: a multivalue field must list strings, not ${kind(v)}`, file, line);
    });
  }
  throw errorInFile('bad-input', `${where}: a value must be a string or a list of strings, not ${kind(value)}`, file, line);
}

/** One result object as a row; `where` names it in errors. */
export function jsonRow(result: unknown, where: string, file: string, line?: number): Map<string, Cell> {
  if (!isJsonObject(result)) throw errorInFile('bad-input', `${where}: a result must be an object, not ${kind(result)}`, file, line);
  const row = new Map<string, Cell>();
  for (const [field, value] of Object.entries(result)) {
    const cell = jsonCell(value, `${where}, field "${field}"`, file, line);
    if (cell !== undefined) row.set(field, cell);
  }
  return row;
}

/** `fields` of the REST shape: names, or `{"name": …}` objects (which may carry `groupby_rank` and the like). */
function declaredFields(fields: unknown, text: string, file: string): string[] {
  if (fields === undefined) return [];
  const bad = (msg: string): never => {
    throw errorInFile('bad-input', msg, file, lineOf(text, '"fields"'));
  };
  if (!Array.isArray(fields)) return bad(`"fields" must be a list, not ${kind(fields)}`);
  return fields.map((f: unknown, i) => {
    if (typeof f === 'string') return f;
    if (isJsonObject(f) && typeof f.name === 'string') return f.name;
    return bad(`"fields" entry ${i + 1} must be a name or an object with a "name"`);
  });
}

/**
 * Splunk's REST JSON: `{"fields":[…],"results":[…]}`; `preview`,
 * `init_offset`, `messages` and the like are ignored. Field order comes from
 * `fields`, then any other field in first-seen order across results.
 * https://help.splunk.com/splunk-cloud-platform/search/search-manual/9.3.2411/export-search-results/export-data-using-the-splunk-rest-api
 */
export function parseJsonBaseline(text: string, file: string): ResultSet {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const doc = parseJsonText(body, file);
  if (!isJsonObject(doc)) throw errorInFile('bad-input', `expected a JSON object with "results" (Splunk REST output), not ${kind(doc)}`, file, 1);
  const results = doc.results;
  if (!Array.isArray(results)) {
    const what = results === undefined ? 'has no "results" list' : `has "results" that is ${kind(results)}, not a list`;
    throw errorInFile('bad-input', `the JSON object ${what}`, file, lineOf(body, '"results"') ?? 1);
  }
  const order: string[] = [];
  const seen = new Set<string>();
  for (const f of declaredFields(doc.fields, body, file)) noteField(order, seen, f);
  const rows = results.map((result: unknown, i) => jsonRow(result, `result ${i + 1}`, file));
  for (const row of rows) for (const f of row.keys()) noteField(order, seen, f);
  return { fields: order, rows };
}
