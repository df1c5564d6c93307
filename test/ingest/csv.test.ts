import { afterAll, describe, expect, it } from 'vitest';
import { csvSource } from '../../src/ingest/readers/csv.js';
import { collect, expectFileError, plain, tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('CSV reader', () => {
  it('reads a header and rows; empty cells are absent', async () => {
    const file = tmp.write('basic.csv', 'src_ip,dest_port,app\n10.0.0.1,445,smb\n10.0.0.2,,\n');
    expect(await plain(csvSource(file))).toEqual([
      { line: 2, values: { src_ip: '10.0.0.1', dest_port: '445', app: 'smb' } },
      { line: 3, values: { src_ip: '10.0.0.2' } },
    ]);
    expect(csvSource(file).sourcetype).toBe('csv');
  });

  it('handles quoted commas, doubled quotes, quoted newlines and CRLF, with exact start lines', async () => {
    const text = 'a,b\r\n"x, y","say ""hi"""\r\n"line1\r\nline2\nline3",z\r\nlast,"" \r\n'.replace(' \r\n', '\r\n');
    const file = tmp.write('quoted.csv', text);
    expect(await plain(csvSource(file))).toEqual([
      { line: 2, values: { a: 'x, y', b: 'say "hi"' } },
      { line: 3, values: { a: 'line1\r\nline2\nline3', b: 'z' } },
      { line: 6, values: { a: 'last' } },
    ]);
  });

  it('strips a UTF-8 BOM and reads a last row without a newline', async () => {
    const file = tmp.write('bom.csv', '\uFEFFname,city\nAnna,Linköping');
    expect(await plain(csvSource(file))).toEqual([{ line: 2, values: { name: 'Anna', city: 'Linköping' } }]);
  });

  it('skips blank lines and keeps counting them', async () => {
    const file = tmp.write('blank.csv', '\na,b\n1,2\n\n3,4\n\n');
    expect(await plain(csvSource(file))).toEqual([
      { line: 3, values: { a: '1', b: '2' } },
      { line: 5, values: { a: '3', b: '4' } },
    ]);
  });

  it('gives the same records whatever the chunk size (records split across reads)', async () => {
    const text = 'h1,h2,h3\r\n"a\r\nb","c""d",é€😀\r\n,"",x\r\n"q",r,"s,t"\n';
    const file = tmp.write('chunks.csv', text);
    const whole = await plain(csvSource(file));
    expect(whole).toHaveLength(3);
    for (const chunkBytes of [1, 2, 3, 5, 7, 11]) {
      expect(await plain(csvSource(file, { chunkBytes }))).toEqual(whole);
    }
  });

  it('reads a header-only file as no records', async () => {
    expect(await collect(csvSource(tmp.write('header.csv', 'a,b\n')))).toEqual([]);
  });

  describe('errors carry the exact line', () => {
    it('wrong column count', async () => {
      const file = tmp.write('cols.csv', 'a,b\n1,2\n"multi\nline",2\n1,2,3\n');
      await expectFileError(collect(csvSource(file)), 'bad-input', file, 5, /3 fields but the header has 2/);
    });

    it('too few columns', async () => {
      const file = tmp.write('few.csv', 'a,b,c\n1,2,3\n1,2\n');
      await expectFileError(collect(csvSource(file)), 'bad-input', file, 3);
    });

    it('unterminated quote at end of file, at the line the quote opens', async () => {
      const file = tmp.write('unterminated.csv', 'a,b\n1,2\n"x\ny",\n3,"open\nstill open\n');
      await expectFileError(collect(csvSource(file)), 'bad-input', file, 5, /unterminated/);
    });

    it('text after a closing quote', async () => {
      const file = tmp.write('afterquote.csv', 'a,b\n"x"y,2\n');
      await expectFileError(collect(csvSource(file)), 'bad-input', file, 2, /closing quote/);
    });

    it('invalid UTF-8', async () => {
      const bytes = Buffer.concat([Buffer.from('a,b\n1,2\n3,'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]);
      const file = tmp.write('latin.csv', bytes);
      await expectFileError(collect(csvSource(file)), 'bad-input', file, 3, /UTF-8/);
      for (const chunkBytes of [1, 4, 9]) {
        await expectFileError(collect(csvSource(file, { chunkBytes })), 'bad-input', file, 3, /UTF-8/);
      }
    });

    it('a UTF-8 character truncated at end of file', async () => {
      const file = tmp.write('trunc.csv', Buffer.concat([Buffer.from('a\nx\n'), Buffer.from([0xe2, 0x82])]));
      await expectFileError(collect(csvSource(file)), 'bad-input', file, 3, /UTF-8/);
    });

    it('a NUL byte (binary data)', async () => {
      const file = tmp.write('nul.csv', Buffer.concat([Buffer.from('a,b\n1,2\n3,4\n5'), Buffer.from([0, 1, 2]), Buffer.from(',6\n')]));
      await expectFileError(collect(csvSource(file)), 'bad-input', file, 4, /NUL/);
    });

    it('an empty file', async () => {
      const file = tmp.write('empty.csv', '');
      await expectFileError(collect(csvSource(file)), 'bad-input', file, 1, /empty/);
      const blank = tmp.write('blank-only.csv', '\n\r\n');
      await expectFileError(collect(csvSource(blank)), 'bad-input', blank, 1, /empty/);
    });

    it('duplicate header names', async () => {
      const file = tmp.write('dup.csv', '\na,b,a\n1,2,3\n');
      await expectFileError(collect(csvSource(file)), 'bad-input', file, 2, /duplicate.*"a"/);
    });

    it('empty header names', async () => {
      const file = tmp.write('emptyname.csv', 'a,,c\n1,2,3\n');
      await expectFileError(collect(csvSource(file)), 'bad-input', file, 1, /column 2/);
    });

    it('a missing file is an io-error', async () => {
      const file = `${tmp.dir}/nope.csv`;
      await expectFileError(collect(csvSource(file)), 'io-error', file, undefined);
    });
  });
});
