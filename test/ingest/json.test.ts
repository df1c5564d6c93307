import { afterAll, describe, expect, it } from 'vitest';
import { jsonArraySource, ndjsonSource } from '../../src/ingest/readers/json.js';
import { collect, expectFileError, plain, tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('NDJSON reader', () => {
  it('flattens objects, keeps number text, skips blank lines', async () => {
    const file = tmp.write(
      'events.ndjson',
      [
        '{"ts":1664462456.755299,"id":{"orig_h":"10.0.0.1","orig_p":40042},"ok":true,"no":false,"n":null,"e":"","tags":["a",1,null,true]}',
        '',
        '   ',
        '{"a":{"b":{"c":"deep"}},"arr":[],"objs":[{"x":1}],"big":12345678901234567}\r',
      ].join('\n'),
    );
    const records = await plain(ndjsonSource(file));
    expect(records).toEqual([
      {
        line: 1,
        values: { ts: '1664462456.755299', 'id.orig_h': '10.0.0.1', 'id.orig_p': '40042', ok: 'true', no: 'false', tags: ['a', '1', 'true'] },
      },
      // A 64-bit integer loses precision on runtimes without JSON.parse source text (Node 20).
      { line: 4, values: { 'a.b.c': 'deep', objs: ['{"x":1}'], big: expect.stringMatching(/^1234567890123456\d$/) } },
    ]);
    expect(ndjsonSource(file).sourcetype).toBe('_json');
  });

  it('gives the same records whatever the chunk size', async () => {
    const file = tmp.write('chunks.ndjson', '{"a":"é€😀"}\r\n\n{"b":[1,2]}\n{"c":{"d":3}}');
    const whole = await plain(ndjsonSource(file));
    expect(whole.map((r) => r.line)).toEqual([1, 3, 4]);
    for (const chunkBytes of [1, 2, 3, 7]) expect(await plain(ndjsonSource(file, { chunkBytes }))).toEqual(whole);
  });

  it('reports a syntax error at its line', async () => {
    const file = tmp.write('bad.ndjson', '{"a":1}\n\n{"a" 2}\n');
    const d = await expectFileError(collect(ndjsonSource(file)), 'bad-input', file, 3, /invalid JSON/);
    if (d.location.kind === 'file') expect(d.location.column).toBe(6);
  });

  it('rejects a line that is not an object', async () => {
    const file = tmp.write('notobj.ndjson', '{"a":1}\n[1,2]\n');
    await expectFileError(collect(ndjsonSource(file)), 'bad-input', file, 2, /JSON object.*an array/);
  });

  it('refuses a NUL character (\\u0000) in a value or a name at its line, and keeps a literal backslash-u0000', async () => {
    const value = tmp.write('nul.ndjson', '{"app":"ok"}\n{"app":"abc\\u0000def"}\n');
    await expectFileError(collect(ndjsonSource(value)), 'bad-input', value, 2, /NUL character .* in field "app"/);
    const inList = tmp.write('nul-list.ndjson', '{"tag":["a","b\\u0000"]}\n');
    await expectFileError(collect(ndjsonSource(inList)), 'bad-input', inList, 1, /NUL character .* in field "tag"/);
    const name = tmp.write('nul-name.ndjson', '{"a\\u0000b":"x"}\n');
    await expectFileError(collect(ndjsonSource(name)), 'bad-input', name, 1, /NUL character .* in field "a\\u0000b"/);
    const literal = tmp.write('literal.ndjson', '{"path":"C:\\\\u0000x"}\n');
    expect((await collect(ndjsonSource(literal)))[0]?.values.get('path')).toBe('C:\\u0000x');
  });

  it('rejects an empty file', async () => {
    const file = tmp.write('empty.ndjson', '\n\n');
    await expectFileError(collect(ndjsonSource(file)), 'bad-input', file, 1, /empty/);
  });
});

describe('JSON array reader', () => {
  it('reads an array of objects with the line each element starts on', async () => {
    const file = tmp.write('array.json', '[\n  {"a": 1,\n   "b": {"c": "x]"}},\n  {"s": "q\\"{"}\n,{}]\n');
    expect(await plain(jsonArraySource(file))).toEqual([
      { line: 2, values: { a: '1', 'b.c': 'x]' } },
      { line: 4, values: { s: 'q"{' } },
      { line: 5, values: {} },
    ]);
    expect(jsonArraySource(file).format).toBe('json');
  });

  it('reads an empty array as no records', async () => {
    expect(await collect(jsonArraySource(tmp.write('emptyarr.json', ' [ ] \n')))).toEqual([]);
  });

  it('refuses a NUL character (\\u0000) in an element at its line', async () => {
    const file = tmp.write('nul.json', '[\n{"a":"x"},\n{"a":"y\\u0000"}]');
    await expectFileError(collect(jsonArraySource(file)), 'bad-input', file, 3, /NUL character .* in field "a"/);
  });

  it('rejects a non-object element at its line', async () => {
    const file = tmp.write('scalar.json', '[\n{"a":1},\n"str",\n{"b":2}]');
    await expectFileError(collect(jsonArraySource(file)), 'bad-input', file, 3, /found a string/);
  });

  it('reports a bad element at its line', async () => {
    const file = tmp.write('badel.json', '[{"a":1},\n {"a":\n  }]');
    await expectFileError(collect(jsonArraySource(file)), 'bad-input', file, 2, /invalid JSON/);
  });

  it('rejects structural errors', async () => {
    const notArray = tmp.write('obj.json', '\n{"a":1}');
    await expectFileError(collect(jsonArraySource(notArray)), 'bad-input', notArray, 2, /JSON array/);
    const open = tmp.write('open.json', '[{"a":1},\n{"b":2}\n');
    await expectFileError(collect(jsonArraySource(open)), 'bad-input', open, 3, /missing "]"/);
    const unterminated = tmp.write('unterm.json', '[{"a":1},\n{"b":\n');
    await expectFileError(collect(jsonArraySource(unterminated)), 'bad-input', unterminated, 2, /unterminated/);
    const trailing = tmp.write('trailing.json', '[{"a":1}]\n\n]');
    await expectFileError(collect(jsonArraySource(trailing)), 'bad-input', trailing, 3, /after the JSON array/);
    const empty = tmp.write('empty.json', '');
    await expectFileError(collect(jsonArraySource(empty)), 'bad-input', empty, 1, /empty/);
  });
});
