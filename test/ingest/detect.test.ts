import { afterAll, describe, expect, it } from 'vitest';
import { detectFormat, openInput } from '../../src/ingest/detect.js';
import { collect, expectFileError, tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('openInput format detection', () => {
  it('detects each format from the first non-blank bytes', async () => {
    const cases: [string, string, string, string][] = [
      ['a.csv', 'a,b\n1,2\n', 'csv', 'csv'],
      ['bom.txt', '\uFEFFa,b\n1,2\n', 'csv', 'csv'],
      ['a.json', '\n  [{"a":1}]', 'json', '_json'],
      ['a.ndjson', '\n{"a":1}\n{"a":2}\n', 'ndjson', '_json'],
      ['eve.json', '{"ts":"x","src_ip":"1.2.3.4"}\n', 'ndjson', '_json'],
      ['stratosphere_conn.json', '{"ts":1.5,"id.orig_h":"10.0.0.1","conn_state":"S0"}\n', 'zeek-json', 'bro:conn:json'],
      ['zeek_dce_rpc_x.log', '{"ts":"2022-07-20T06:51:37Z","id.orig_h":"10.0.1.16"}\n', 'zeek-json', 'bro:dce_rpc:json'],
      ['nested.json', '{"ts":1,"id":{"orig_h":"10.0.0.1"}}\n', 'zeek-json', 'bro:json'],
      ['conn.log', '#separator \\x09\n#path\tconn\n#fields\ta\n1\n', 'zeek-tsv', 'bro:conn'],
      ['btest.log', '### BTest baseline\n#separator \\x09\n#path\tdns\n#fields\ta\n1\n', 'zeek-tsv', 'bro:dns'],
      ['nopath_conn.log', '#fields\tts\tconn_state\n1\tS0\n', 'zeek-tsv', 'bro:conn'],
      ['comment.csv', '# just a comment\na\n', 'csv', 'csv'],
    ];
    for (const [name, content, format, sourcetype] of cases) {
      const source = await openInput(tmp.write(name, content));
      expect({ name, format: source.format, sourcetype: source.sourcetype }).toEqual({ name, format, sourcetype });
    }
  });

  it('uses the given format instead of detecting one', async () => {
    const file = tmp.write('forced.txt', '{"a":1}\n');
    const source = await openInput(file, 'zeek-json');
    expect(source.format).toBe('zeek-json');
    expect((await collect(source)).length).toBe(1);
    expect((await openInput(file, 'csv')).format).toBe('csv');
  });

  it('an empty file detects as CSV and fails as empty', async () => {
    const file = tmp.write('empty', '');
    const source = await openInput(file);
    expect(source.format).toBe('csv');
    await expectFileError(collect(source), 'bad-input', file, 1, /empty/);
  });

  it('detectFormat works on text', () => {
    expect(detectFormat('  \n#fields\ta')).toBe('zeek-tsv');
    expect(detectFormat('#separator \\x09')).toBe('zeek-tsv');
    expect(detectFormat('{"ts":1,"id.orig_h":"x"}')).toBe('zeek-json');
    expect(detectFormat('{"ts":1,')).toBe('ndjson');
    expect(detectFormat('')).toBe('csv');
  });

  it('a missing file or a directory is an io-error', async () => {
    const missing = `${tmp.dir}/missing.csv`;
    await expectFileError(openInput(missing), 'io-error', missing, undefined, /no such file/);
    await expectFileError(openInput(tmp.dir), 'io-error', tmp.dir, undefined, /directory/);
  });
});
