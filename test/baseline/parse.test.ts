import { describe, expect, it } from 'vitest';
import { parseBaseline, type Cell, type ResultSet } from '../../src/baseline/baseline.js';

const rowOf = (cells: Readonly<Record<string, Cell>>): Map<string, Cell> => new Map(Object.entries(cells));

/** Two rows: a multivalue cell, quoting, a number with a fraction, and absent fields. */
const EXPECTED: ResultSet = {
  fields: ['src_ip', 'app', 'count', 'note'],
  rows: [
    rowOf({ src_ip: '10.0.0.1', app: ['SMB', 'smb'], count: '2', note: 'a, "quoted" note' }),
    rowOf({ src_ip: '10.0.0.2', count: '1.5' }),
  ],
};

const CSV = 'src_ip,app,count,note\n10.0.0.1,"SMB\nsmb",2,"a, ""quoted"" note"\n10.0.0.2,,1.5,\n';

const REST_JSON = JSON.stringify({
  preview: false,
  init_offset: 0,
  messages: [],
  fields: [{ name: 'src_ip', groupby_rank: '0' }, { name: 'app' }, { name: 'count' }, { name: 'note' }],
  results: [
    { src_ip: '10.0.0.1', app: ['SMB', 'smb'], count: '2', note: 'a, "quoted" note' },
    { src_ip: '10.0.0.2', count: '1.5' },
  ],
}, null, 2);

const JSON_LINES = [
  '{"preview":false,"offset":0,"result":{"src_ip":"10.0.0.1","app":["SMB","smb"],"count":"2","note":"a, \\"quoted\\" note"}}',
  '',
  '{"preview":false,"offset":1,"lastrow":true,"result":{"src_ip":"10.0.0.2","count":"1.5"}}',
  '',
].join('\n');

describe('CSV baselines (Splunk CSV export)', () => {
  it('reads a header, quoted cells, newline-joined multivalue cells, and empty cells as absent fields', () => {
    expect(parseBaseline(CSV, 'csv', 'b.csv')).toEqual(EXPECTED);
  });

  it('tolerates a byte-order mark and CRLF line ends, also inside a multivalue cell', () => {
    const crlf = '\uFEFFsrc_ip,app,count,note\r\n10.0.0.1,"SMB\r\nsmb",2,"a, ""quoted"" note"\r\n10.0.0.2,,1.5,\r\n';
    expect(parseBaseline(crlf, 'csv', 'b.csv')).toEqual(EXPECTED);
  });

  it('reads a file without a final line end', () => {
    expect(parseBaseline(CSV.trimEnd(), 'csv', 'b.csv')).toEqual(EXPECTED);
  });

  it('reads a one-column blank line as a row lacking the field, but skips blank lines between wider rows', () => {
    expect(parseBaseline('user\nalice\n\nbob\n', 'csv', 'b.csv').rows).toEqual([rowOf({ user: 'alice' }), rowOf({}), rowOf({ user: 'bob' })]);
    expect(parseBaseline('a,b\n1,2\n\n3,4\n\n', 'csv', 'b.csv').rows).toEqual([rowOf({ a: '1', b: '2' }), rowOf({ a: '3', b: '4' })]);
  });

  it('reads a header with no rows as an empty result set', () => {
    expect(parseBaseline('a,b\n', 'csv', 'b.csv')).toEqual({ fields: ['a', 'b'], rows: [] });
  });
});

describe('JSON baselines (Splunk REST output_mode=json)', () => {
  it('reads fields given as {"name": …} objects and ignores preview, init_offset and messages', () => {
    expect(parseBaseline(REST_JSON, 'json', 'b.json')).toEqual(EXPECTED);
  });

  it('reads fields given as plain names, in their order, not the order of keys in the rows', () => {
    const text = JSON.stringify({ fields: ['count', 'user'], results: [{ user: 'bob', count: '3' }] });
    expect(parseBaseline(text, 'json', 'b.json')).toEqual({ fields: ['count', 'user'], rows: [rowOf({ user: 'bob', count: '3' })] });
  });

  it('takes the first-seen field order across results when "fields" is absent', () => {
    const text = JSON.stringify({ results: [{ b: '1' }, { a: '2', b: '3' }, { c: '4' }] });
    expect(parseBaseline(text, 'json', 'b.json').fields).toEqual(['b', 'a', 'c']);
  });

  it('appends fields a result holds but "fields" does not name', () => {
    const text = JSON.stringify({ fields: [{ name: 'a' }], results: [{ a: '1', z: '2' }] });
    expect(parseBaseline(text, 'json', 'b.json').fields).toEqual(['a', 'z']);
  });

  it('reads hand-written numbers as their text and null as an absent field', () => {
    const text = JSON.stringify({ results: [{ count: 3, ratio: 0.25, gone: null, mv: [1, 'x'] }] });
    expect(parseBaseline(text, 'json', 'b.json').rows).toEqual([rowOf({ count: '3', ratio: '0.25', mv: ['1', 'x'] })]);
  });
});

describe('JSON lines baselines (splunk search … -output json)', () => {
  it('reads the row under "result", skipping blank lines; preview, offset and lastrow are metadata', () => {
    expect(parseBaseline(JSON_LINES, 'jsonl', 'b.jsonl')).toEqual(EXPECTED);
  });

  it('keeps first-seen field order across lines', () => {
    const text = '{"result":{"b":"1"}}\n{"result":{"a":"2","b":"3"}}\n';
    expect(parseBaseline(text, 'jsonl', 'b.jsonl').fields).toEqual(['b', 'a']);
  });

  it('skips lines that carry only metadata', () => {
    const text = '{"preview":false,"messages":[{"type":"INFO","text":"x"}]}\n{"result":{"a":"1"}}\n{"preview":false,"lastrow":true}\n';
    expect(parseBaseline(text, 'jsonl', 'b.jsonl').rows).toEqual([rowOf({ a: '1' })]);
  });

  it('drops rows flagged "preview": true when final rows follow', () => {
    const text = '{"preview":true,"result":{"n":"1"}}\n{"preview":false,"result":{"n":"5"}}\n';
    expect(parseBaseline(text, 'jsonl', 'b.jsonl').rows).toEqual([rowOf({ n: '5' })]);
  });

  it('accepts CRLF line ends and a byte-order mark', () => {
    expect(parseBaseline(`\uFEFF${JSON_LINES.replaceAll('\n', '\r\n')}`, 'jsonl', 'b.jsonl')).toEqual(EXPECTED);
  });
});

describe('the three formats', () => {
  it('give equal result sets for the same results', () => {
    const csv = parseBaseline(CSV, 'csv', 'b.csv');
    expect(parseBaseline(REST_JSON, 'json', 'b.json')).toEqual(csv);
    expect(parseBaseline(JSON_LINES, 'jsonl', 'b.jsonl')).toEqual(csv);
  });
});
