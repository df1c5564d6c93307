import { errorInFile, type SpliceError } from '../../diagnostics/diagnostic.js';
import { batchedSource, inBatches, type InputValue, type InputFormat, type InputRecord, type InputSource } from '../record.js';
import { readTextChunks, type ReadOptions } from './chunks.js';
import { scanArrayElements } from './json-array-scan.js';
import { flattenObject, isJsonObject, jsonErrorMessage, jsonErrorPosition, parseJson } from './json-values.js';
import { readLineBatches } from './lines.js';
import { countNewlines } from './utf8.js';

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'string' ? 'a string' : `a ${typeof v}`;
}

/** A JSON syntax error placed at its line and column where V8 gives an offset. */
function syntaxError(err: unknown, text: string, file: string, line: number): SpliceError {
  const pos = jsonErrorPosition(err);
  const message = `invalid JSON: ${jsonErrorMessage(err)}`;
  if (pos === undefined) return errorInFile('bad-input', message, file, line);
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  return errorInFile('bad-input', message, file, line + countNewlines(text, 0, pos), pos - lineStart + 1);
}

/** One JSON object per line; blank lines are skipped. */
async function* ndjsonBatches(file: string, options: ReadOptions): AsyncGenerator<InputRecord[]> {
  const seen = { any: false };
  for await (const lineBatch of readLineBatches(file, options)) yield* inBatches(ndjsonRecords(lineBatch.lines, lineBatch.first, file, seen));
  if (!seen.any) throw errorInFile('bad-input', 'empty file: no JSON objects', file, 1);
}

function* ndjsonRecords(lines: readonly string[], first: number, file: string, seen: { any: boolean }): Generator<InputRecord> {
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] as string;
    if (text.length === 0) continue;
    const line = first + i;
    let value: unknown;
    try {
      value = parseJson(text);
    } catch (err) {
      if (text.trim() === '') continue; // whitespace-only line: checked only here, off the hot path
      throw syntaxError(err, text, file, line);
    }
    if (!isJsonObject(value)) {
      throw errorInFile('bad-input', `expected a JSON object on each line, found ${describe(value)}`, file, line);
    }
    seen.any = true;
    yield { line, values: withoutNul(flattenObject(value), text, file, line) };
  }
}

/**
 * A NUL character (JSON's \u0000) in a field name or value is refused, as the
 * readers refuse a NUL byte: SQLite's LIKE stops reading a value at NUL and
 * other engines do not, so a search would match differently on each (and
 * PostgreSQL cannot store it). Only lines that spell the escape are checked.
 */
function withoutNul(values: Map<string, InputValue>, text: string, file: string, line: number): Map<string, InputValue> {
  if (!text.includes('\\u0000')) return values;
  for (const [name, value] of values) {
    if (name.includes('\u0000') || (typeof value === 'string' ? value.includes('\u0000') : value.some((v) => v.includes('\u0000')))) {
      throw errorInFile('bad-input', `NUL character (\\u0000) in field "${name.replace(/\u0000/g, '\\u0000')}": splice refuses NUL in values, as it refuses a NUL byte in a file`, file, line);
    }
  }
  return values;
}

/** A JSON array of objects: read whole, then each element parsed alone to name its line. */
async function* jsonArrayBatches(file: string, options: ReadOptions): AsyncGenerator<InputRecord[]> {
  const parts: string[] = [];
  for await (const chunk of readTextChunks(file, options)) parts.push(chunk);
  yield* inBatches(jsonArrayRecords(parts.join(''), file));
}

function* jsonArrayRecords(text: string, file: string): Generator<InputRecord> {
  for (const el of scanArrayElements(text, file)) {
    const slice = text.slice(el.start, el.end);
    let value: unknown;
    try {
      value = parseJson(slice);
    } catch (err) {
      throw syntaxError(err, slice, file, el.line);
    }
    if (!isJsonObject(value)) {
      throw errorInFile('bad-input', `expected JSON objects in the array, found ${describe(value)}`, file, el.line);
    }
    yield { line: el.line, values: withoutNul(flattenObject(value), slice, file, el.line) };
  }
}

export function jsonArraySource(file: string, options: ReadOptions = {}): InputSource {
  return batchedSource('json', '_json', () => jsonArrayBatches(file, options));
}

/** NDJSON, or Zeek's JSON logs (same layout, a Zeek sourcetype). */
export function ndjsonSource(
  file: string,
  options: ReadOptions = {},
  format: Extract<InputFormat, 'ndjson' | 'zeek-json'> = 'ndjson',
  sourcetype = '_json',
): InputSource {
  return batchedSource(format, sourcetype, () => ndjsonBatches(file, options));
}
