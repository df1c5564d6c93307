import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBaseline, readBaseline, toResultSet, writeBaselineCsv, type Cell } from '../../src/baseline/baseline.js';
import { formatCsv } from '../../src/output/format.js';
import type { FieldValue, Table } from '../../src/values/value.js';
import { errorOf, tempDir } from '../macros/helpers.js';

const rowOf = (cells: Readonly<Record<string, Cell>>): Map<string, Cell> => new Map(Object.entries(cells));

const ROWS = [rowOf({ user: 'bob', n: '2' })];
const FILES = {
  'b.csv': 'user,n\nbob,2\n',
  'rest.json': '{"fields":["user","n"],"results":[{"user":"bob","n":"2"}]}',
  'lines.json': '{"preview":false,"result":{"user":"bob","n":"2"}}\n',
  'lines.jsonl': '{"result":{"user":"bob","n":"2"}}\n',
  'lines.ndjson': '{"result":{"user":"bob","n":"2"}}\n',
  'noext': '{"results":[{"user":"bob","n":"2"}]}',
  'plain.txt': 'user,n\nbob,2\n',
  // CSV content under a .json name is read as given: the format option wins over the name.
  'forced.json': 'user,n\nbob,2\n',
};
const dir = tempDir(FILES);

describe('readBaseline', () => {
  it.each([['b.csv'], ['rest.json'], ['lines.json'], ['lines.jsonl'], ['lines.ndjson'], ['noext'], ['plain.txt']])(
    'detects the format of %s from its name and content',
    (name) => {
      expect(readBaseline(join(dir, name)).rows).toEqual(ROWS);
    },
  );

  it('uses the format it is given', () => {
    expect(readBaseline(join(dir, 'forced.json'), 'csv').rows).toEqual(ROWS);
  });

  it('reports a broken .json document with the line of the break, not as broken JSON lines', () => {
    const bad = join(tempDir({ 'bad.json': '{\n  "results": [\n    {"a": "1"},,\n  ]\n}\n' }), 'bad.json');
    expect(errorOf(() => readBaseline(bad)).diagnostic.location).toEqual({ kind: 'file', file: bad, line: 3 });
  });

  it('reports a missing file as an io-error naming it', () => {
    const missing = join(dir, 'nope.csv');
    expect(errorOf(() => readBaseline(missing)).diagnostic).toMatchObject({ code: 'io-error', location: { kind: 'file', file: missing } });
  });
});

describe('toResultSet and writeBaselineCsv', () => {
  const table: Table = {
    fields: ['host', 'count', 'avg', 'values'],
    rows: [
      new Map<string, FieldValue>([['host', 'h1'], ['count', 3], ['avg', 1.5], ['values', [1, 'b']]]),
      new Map<string, FieldValue>([['host', 'h2'], ['ignored', 'not a field']]),
    ],
  };

  it("turns splice's table into text cells: numbers as Splunk prints them, lists kept, absent fields absent", () => {
    expect(toResultSet(table)).toEqual({
      fields: ['host', 'count', 'avg', 'values'],
      rows: [rowOf({ host: 'h1', count: '3', avg: '1.5', values: ['1', 'b'] }), rowOf({ host: 'h2' })],
    });
  });

  it("writes the CSV splice's own csv output writes for the same table", () => {
    expect(writeBaselineCsv(toResultSet(table))).toBe(formatCsv(table));
  });

  it('writes CSV that reads back as the same result set', () => {
    const rs = { fields: ['a', 'b'], rows: [rowOf({ a: ['x', 'y, "z"'], b: ' padded ' }), rowOf({ b: '1' })] };
    expect(parseBaseline(writeBaselineCsv(rs), 'csv', 'round-trip.csv')).toEqual(rs);
  });
});
