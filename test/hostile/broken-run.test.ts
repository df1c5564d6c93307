import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Reader } from 'maxmind';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, type CliResult } from '../support/cli.js';
import { MAXMIND_RECORDS } from '../support/geo-fixtures.js';
import { writeMmdb } from '../support/mmdb-writer.js';
import { ingestedDatabase } from './fixtures/database.js';
import { garbage } from './fixtures/garbage.js';

/**
 * `splice run` with a broken file beside the search: one diagnostic (a line,
 * or a caret block when it points into the search), the exit status of its
 * class (README "Exit status"), nothing on stdout, no stack trace.
 */
let dir = '';
let db = '';

beforeAll(async () => {
  ({ dir, db } = await ingestedDatabase('src_ip,dest_ip\n10.0.0.1,81.2.69.1\n10.0.0.1,216.160.83.1\n10.0.0.1,2001:218::1\n'));
});

const COUNT = '| tstats count from datamodel=Network_Traffic';
const LOCATE = `${COUNT} by All_Traffic.dest_ip | iplocation All_Traffic.dest_ip`;
const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function expectFailure(r: CliResult, code: number, stderr: string | RegExp): void {
  if (typeof stderr === 'string') expect(r.stderr).toBe(stderr);
  else expect(r.stderr).toMatch(stderr);
  expect(r.code).toBe(code);
  expect(r.stdout).toBe('');
}

describe('a GeoIP database that iplocation cannot use (exit 1)', () => {
  const real = writeMmdb({ ipVersion: 6, databaseType: 'GeoIP2-City', languages: ['en'], records: MAXMIND_RECORDS });
  const unreadable = (path: string): RegExp => new RegExp(`^${escape(path)}: error\\[geoip-unavailable\\]: ${escape(path)}: not a valid MaxMind DB \\(\\.mmdb\\) file: [^\\n]+\\n$`);

  it('random bytes', async () => {
    const path = file('random.mmdb', garbage(4096, 11));
    expectFailure(await cli(['run', LOCATE, '--db', db, '--mmdb', path]), 1, unreadable(path));
  });

  it('a real-format file cut in half', async () => {
    const path = file('half.mmdb', real.subarray(0, real.length >> 1));
    expectFailure(await cli(['run', LOCATE, '--db', db, '--mmdb', path]), 1, unreadable(path));
  });

  it('a real-format file whose data section lost its last third (metadata kept), for every record size', async () => {
    for (const recordSize of [24, 28, 32] as const) {
      const intact = writeMmdb({ ipVersion: 6, databaseType: 'GeoIP2-City', languages: ['en'], records: MAXMIND_RECORDS, recordSize });
      const located = await cli(['run', `${LOCATE} | table All_Traffic.dest_ip City`, '--db', db, '--mmdb', file(`intact${recordSize}.mmdb`, intact), '--format', 'csv']);
      expect(located.stdout).toContain('81.2.69.1,London\n');
      const marker = intact.lastIndexOf(Buffer.from('\xab\xcd\xefMaxMind.com', 'latin1'));
      const dataStart = new Reader(intact).metadata.searchTreeSize + 16;
      const path = file(`cut${recordSize}.mmdb`, Buffer.concat([intact.subarray(0, dataStart + Math.floor(((marker - dataStart) * 2) / 3)), intact.subarray(marker)]));
      const damaged = `^${escape(path)}: error\\[geoip-unavailable\\]: ${escape(path)}: corrupt MaxMind DB file: the record for \\S+ points past the data section \\(is the file cut short\\?\\)\\n$`;
      expectFailure(await cli(['run', LOCATE, '--db', db, '--mmdb', path]), 1, new RegExp(damaged));
    }
  });

  it('a path with no file', async () => {
    const path = join(dir, 'absent.mmdb');
    expectFailure(await cli(['run', LOCATE, '--db', db, '--mmdb', path]), 1, `${path}: error[geoip-unavailable]: ${path}: no such file\n`);
  });
});

describe('settings and definitions', () => {
  it('an unknown time zone is a usage error (exit 2)', async () => {
    const hint = '  hint: use an IANA time zone name such as "America/New_York" or "Europe/London", or "UTC"\n';
    expectFailure(await cli(['run', COUNT, '--db', db, '--tz', 'Mars/Olympus']), 2, `error[bad-timezone]: unknown time zone "Mars/Olympus"\n${hint}`);
  });

  it('a lookup definition whose CSV file is missing points at the lookup in the search (exit 1)', async () => {
    const lookups = join(dir, 'lookups-missing');
    mkdirSync(lookups);
    writeFileSync(join(lookups, 'hosts.yml'), 'name: hosts\nfilename: hosts.csv\n');
    const spl = `${COUNT} by All_Traffic.dest_ip | lookup hosts ip AS All_Traffic.dest_ip`;
    const at = spl.indexOf('hosts');
    expectFailure(await cli(['run', spl, '--db', db, '--lookups', lookups]), 1, [
      `<search>:1:${at + 1}: error[bad-input]: unknown lookup "hosts"`,
      '  |',
      `1 | ${spl}`,
      `  | ${' '.repeat(at)}^^^^^`,
      `  hint: the file of lookup "hosts", hosts.csv, is not in ${lookups}`,
      '',
    ].join('\n'));
  });

  it('a lookup directory that does not exist (exit 1)', async () => {
    const lookups = join(dir, 'no-such-dir');
    expectFailure(await cli(['run', '| inputlookup hosts.csv', '--lookups', lookups]), 1, `${lookups}: error[io-error]: lookup directory not found\n`);
  });

  it('a lookup definition that is not YAML (exit 1)', async () => {
    const lookups = join(dir, 'lookups-yaml');
    mkdirSync(lookups);
    writeFileSync(join(lookups, 'bad.yml'), 'name: bad\nfilename: "bad.csv\n');
    expectFailure(await cli(['run', '| inputlookup bad', '--lookups', lookups]), 1, `${join(lookups, 'bad.yml')}:2: error[bad-input]: unterminated quoted string\n`);
  });
});

describe('a macro file with a syntax error (exit 1)', () => {
  it('macros.conf with an unterminated stanza header', async () => {
    const path = file('macros.conf', '[ok]\ndefinition = search *\n\n[broken\ndefinition = x\n');
    expectFailure(await cli(['run', COUNT, '--db', db, '--macros', path]), 1, `${path}:4: error[macro-file]: malformed stanza header: expected [name] or [name(N)]\n`);
  });

  it('a macro .yml that is not YAML', async () => {
    const path = file('not-yaml.yml', '{[}: ::\n\t- x\n');
    expectFailure(await cli(['run', COUNT, '--db', db, '--macros', path]), 1, `${path}:1: error[macro-file]: expected "key: value" at top level\n`);
  });

  it('a macro .yml with an unterminated string', async () => {
    const path = file('open-quote.yml', 'name: m\ndefinition: "search *\n');
    expectFailure(await cli(['run', COUNT, '--db', db, '--macros', path]), 1, `${path}:2: error[macro-file]: unterminated quoted string\n`);
  });

  it('a macro .yml of binary garbage', async () => {
    const path = file('garbage.yml', garbage(2048, 5));
    expectFailure(await cli(['run', COUNT, '--db', db, '--macros', path]), 1, new RegExp(`^${escape(path)}:\\d+: error\\[macro-file\\]: [^\\n]+\\n$`));
  });
});

describe('a --db file that is not a SQLite database (exit 1)', () => {
  it('is one line naming the file, for run and for ingest, and the file is left as it was', async () => {
    const path = file('garbage.db', garbage(4096, 7));
    expectFailure(await cli(['run', COUNT, '--db', path]), 1, new RegExp(`^${escape(path)}: error\\[bad-input\\]: not a SQLite database \\(.*\\)\\n$`));
    const csv = file('flows.csv', 'src_ip\n10.0.0.1\n');
    const r = await cli(['ingest', '--db', path, csv]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^${escape(path)}: error\\[bad-input\\]: not a SQLite database`));
  });
});
