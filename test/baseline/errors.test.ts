import { describe, expect, it } from 'vitest';
import { parseBaseline, type BaselineFormat } from '../../src/baseline/baseline.js';
import type { Location } from '../../src/diagnostics/diagnostic.js';
import { errorOf } from '../macros/helpers.js';

/** The message and location of the error parsing `text` raises. */
function failure(text: string, format: BaselineFormat): { message: string; location: Location } {
  const { message, location } = errorOf(() => parseBaseline(text, format, 'base')).diagnostic;
  return { message, location };
}

const at = (line?: number): Location => ({ kind: 'file', file: 'base', ...(line === undefined ? {} : { line }) });

describe('malformed CSV baselines', () => {
  it('names the line an unterminated quote opens on', () => {
    expect(failure('a,b\n1,2\n3,"open\nstill open\n', 'csv')).toEqual({ message: 'unterminated quoted field (its quote opens on line 3)', location: at(3) });
  });

  it('names the line of a row with more cells than the header, counting lines inside quoted cells', () => {
    expect(failure('a,b\n"x\ny",2\n1,2,3\n', 'csv')).toEqual({ message: 'row has 3 cells but the header has 2', location: at(4) });
  });

  it('rejects a row with fewer cells than the header', () => {
    expect(failure('a,b,c\n1,2\n', 'csv')).toEqual({ message: 'row has 2 cells but the header has 3', location: at(2) });
  });

  it('rejects text after a closing quote', () => {
    expect(failure('a\n"x"y\n', 'csv').location).toEqual(at(2));
  });

  it('rejects an empty file, a duplicate column and an empty column name', () => {
    expect(failure('', 'csv')).toEqual({ message: 'empty file: no CSV header row', location: at(1) });
    expect(failure('\n\na,b,a\n', 'csv')).toEqual({ message: 'duplicate column name in header: "a"', location: at(3) });
    expect(failure('a,,c\n', 'csv')).toEqual({ message: 'header column 2 has an empty name', location: at(1) });
  });
});

describe('malformed JSON baselines', () => {
  it('names the line of a syntax error in a pretty-printed document', () => {
    expect(failure('{\n  "results": [\n    {"a": "1"},\n    {"a": }\n  ]\n}\n', 'json')).toEqual({
      message: 'invalid JSON on line 4: expected a value but found "}"',
      location: at(4),
    });
  });

  it('names the last line when the document ends early', () => {
    expect(failure('{\n  "results": [\n', 'json')).toEqual({ message: 'invalid JSON on line 3: expected a value but the text ends', location: at(3) });
  });

  it('rejects "results" that is not a list, on its line', () => {
    expect(failure('{\n  "fields": [],\n  "results": {"a": "1"}\n}', 'json')).toEqual({
      message: 'the JSON object has "results" that is an object, not a list',
      location: at(3),
    });
    expect(failure('{"rows": []}', 'json').message).toBe('the JSON object has no "results" list');
  });

  it('rejects a value that is an object, naming the result and field', () => {
    expect(failure(JSON.stringify({ results: [{ a: '1' }, { a: { b: '2' } }] }), 'json').message).toBe(
      'result 2, field "a": a value must be a string or a list of strings, not an object',
    );
  });

  it('rejects a multivalue list holding a non-string and a result that is not an object', () => {
    expect(failure(JSON.stringify({ results: [{ a: ['x', true] }] }), 'json').message).toBe('result 1, field "a": a multivalue field must list strings, not a boolean');
    expect(failure(JSON.stringify({ results: ['x'] }), 'json').message).toBe('result 1: a result must be an object, not a string');
  });

  it('rejects "fields" entries that are neither names nor {"name": …}', () => {
    expect(failure('{\n"fields": [{"label": "a"}],\n"results": []}', 'json')).toEqual({
      message: '"fields" entry 1 must be a name or an object with a "name"',
      location: at(2),
    });
  });
});

describe('malformed JSON lines baselines', () => {
  it('names the line of invalid JSON', () => {
    expect(failure('{"result":{"a":"1"}}\n\n{"result":{"a":"2"}\n', 'jsonl')).toEqual({
      message: "invalid JSON on line 3: expected ',' or '}' but the text ends",
      location: at(3),
    });
  });

  it('rejects a line whose row is not under "result", rather than reading no rows', () => {
    expect(failure('{"a":"1"}\n', 'jsonl')).toEqual({ message: 'line 1: expected the row under "result", as `splunk search … -output json` prints it', location: at(1) });
  });

  it('rejects a value that is an object, on its line', () => {
    expect(failure('{"result":{"a":"1"}}\n{"result":{"a":{"b":1}}}\n', 'jsonl').location).toEqual(at(2));
  });

  it('refuses a file of preview rows only, rather than reading it as no rows', () => {
    expect(failure('{"preview":true,"result":{"a":"1"}}\n', 'jsonl').message).toBe('only preview results (1 rows flagged "preview": true): export the finished search');
  });
});
