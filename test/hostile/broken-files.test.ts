import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../src/exec/sqlite.js';
import { cli } from '../support/cli.js';
import { ingestedDatabase, snapshot } from './fixtures/database.js';
import { garbage } from './fixtures/garbage.js';

/**
 * `splice ingest --db FILE` into a database that already holds rows: a broken
 * input file is one line of stderr naming file:line, exit status 1, and the
 * database (with any journal beside it) byte-for-byte as it was.
 */
let dir = '';
let db = '';

beforeAll(async () => {
  ({ dir, db } = await ingestedDatabase('src_ip,dest_ip,app\n10.0.0.1,8.8.8.8,smb\n10.0.0.9,1.1.1.1,dns\n'));
});

function rows(): number {
  const conn = openSqlite(db, 'read');
  try {
    return (conn.prepare('SELECT COUNT(*) AS n FROM "Network_Traffic.All_Traffic"').get() as { n: number }).n;
  } finally {
    conn.close();
  }
}

/** Ingests `content` as `name` and checks the failure: exactly `expected` (after `file:`) on stderr, exit 1, nothing changed. */
async function expectRefused(name: string, content: string | Buffer, expected: string, flags: readonly string[] = []): Promise<void> {
  const file = join(dir, name);
  writeFileSync(file, content);
  const before = snapshot(db);
  const r = await cli(['ingest', '--db', db, ...flags, file]);
  expect(r.stderr).toBe(`${file}:${expected}\n`);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(snapshot(db)).toEqual(before);
  expect(rows()).toBe(2);
}

const HEADER = 'src_ip,dest_ip,app\n10.0.0.1,8.8.8.8,smb\n';

describe('a broken CSV file', () => {
  it('cut inside a quoted field: the line where the quote opens', async () => {
    await expectRefused('cut.csv', `${HEADER}10.0.0.2,8.8.4.4,"sm`, '3: error[bad-input]: unterminated quoted field at end of file');
  });

  it('a row with the wrong number of fields: that row\'s line', async () => {
    await expectRefused('cols.csv', `${HEADER}10.0.0.2,8.8.4.4,smb\n10.0.0.3,8.8.4.4\n10.0.0.4,1.1.1.1,x\n`, '4: error[bad-input]: row has 2 fields but the header has 3');
  });

  it('bad UTF-8 on a line: that line', async () => {
    const bytes = Buffer.concat([Buffer.from(`${HEADER}10.0.0.2,8.8.4.4,sm`), Buffer.from([0xc3, 0x28]), Buffer.from('b\n10.0.0.3,1.1.1.1,x\n')]);
    await expectRefused('utf8.csv', bytes, '3: error[bad-input]: invalid UTF-8 in input (the file must be UTF-8 text)');
  });

  it('binary garbage with NUL bytes: the line of the first NUL', async () => {
    const bytes = garbage(4096, 7);
    const line = bytes.subarray(0, bytes.indexOf(0)).filter((b) => b === 0x0a).length + 1;
    await expectRefused('garbage.csv', bytes, `${line}: error[bad-input]: NUL byte in input: the file looks binary (or UTF-16), not UTF-8 text`);
  });

  it('an empty file: line 1', async () => {
    await expectRefused('empty.csv', '', '1: error[bad-input]: empty file: no CSV header row');
  });
});

describe('a broken Zeek log', () => {
  const zeek = ['--format', 'zeek-tsv'];

  it('without a #fields header: the first data row', async () => {
    await expectRefused('nofields.log', '#separator \\x09\n#types\ttime\taddr\n1.0\t10.0.0.1\n', '3: error[bad-input]: Zeek log data row before the #fields header', zeek);
  });

  it('whose #fields header names other columns than a row has: that row', async () => {
    const log = '#separator \\x09\n#fields\tts\tid.orig_h\tid.resp_h\n1.0\t10.0.0.1\t8.8.8.8\n2.0\t10.0.0.2\n';
    await expectRefused('wrongfields.log', log, '4: error[bad-input]: Zeek log row has 2 columns but #fields names 3', zeek);
  });

  it('an empty file: line 1', async () => {
    await expectRefused('empty.log', '', '1: error[bad-input]: not a Zeek log: no #fields header', zeek);
  });
});

describe('broken JSON', () => {
  it('an NDJSON file with a broken line: that line and column', async () => {
    const ndjson = '{"src_ip":"10.0.0.1"}\n{"src_ip":"10.0.0.2"}\n{"src_ip":"10.0.0.3",\n{"src_ip":"10.0.0.4"}\n';
    await expectRefused('broken.ndjson', ndjson, '3:22: error[bad-input]: invalid JSON: Expected double-quoted property name in JSON at position 21');
  });

  it('a JSON array cut inside a value: the line where the value starts', async () => {
    await expectRefused('cut.json', '[{"src_ip":"10.0.0.1"},\n {"src_ip":"10.0.0.2"},\n {"src_ip":"10.0', '3: error[bad-input]: unterminated JSON value in array');
  });

  it('a JSON array cut before its "]": the last line', async () => {
    await expectRefused('open.json', '[{"src_ip":"10.0.0.1"},\n {"src_ip":"10.0.0.2"}', '2: error[bad-input]: unterminated JSON array: missing "]"');
  });
});

describe('several files', () => {
  it('a good file before a broken one loads nothing', async () => {
    const good = join(dir, 'good.csv');
    writeFileSync(good, `${HEADER}10.0.0.5,9.9.9.9,ssh\n`);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, `${HEADER}10.0.0.2,"x\n`);
    const before = snapshot(db);
    const r = await cli(['ingest', '--db', db, good, bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${bad}:3: error[bad-input]: unterminated quoted field at end of file\n`);
    expect(snapshot(db)).toEqual(before);
    expect(rows()).toBe(2);
  });
});
