import { Reader, type Response } from 'maxmind';
import { describe, expect, it } from 'vitest';
import { bytes, float, int32, uint128, uint16, uint32, uint64, writeMmdb } from '../support/mmdb-writer.js';

type Lookup = Response & Record<string, unknown>;

function reader(buffer: Buffer): Reader<Lookup> {
  return new Reader<Lookup>(buffer);
}

describe('mmdb writer round trip through the maxmind reader', () => {
  for (const recordSize of [24, 28, 32] as const) {
    it(`reads nested IPv4 networks with ${recordSize}-bit records`, () => {
      const db = reader(
        writeMmdb({
          ipVersion: 4,
          databaseType: 'Test-IPv4',
          recordSize,
          records: [
            { network: '10.0.0.0/8', data: { name: 'ten' } },
            { network: '10.1.0.0/16', data: { name: 'ten-one' } },
            { network: '10.1.2.3/32', data: { name: 'host' } },
            { network: '192.0.2.0/24', data: { name: 'doc' } },
          ],
        }),
      );
      expect(db.metadata.recordSize).toBe(recordSize);
      expect(db.metadata.ipVersion).toBe(4);
      expect(db.metadata.databaseType).toBe('Test-IPv4');
      expect(db.get('10.200.0.1')).toEqual({ name: 'ten' });
      expect(db.get('10.1.9.9')).toEqual({ name: 'ten-one' });
      expect(db.get('10.1.2.3')).toEqual({ name: 'host' });
      expect(db.get('10.1.2.4')).toEqual({ name: 'ten-one' });
      expect(db.get('192.0.2.255')).toEqual({ name: 'doc' });
      expect(db.get('192.0.3.0')).toBeNull();
      expect(db.get('11.0.0.0')).toBeNull();
      expect(db.getWithPrefixLength('10.1.2.3')[1]).toBe(32);
      // Splitting /16 around the /32 leaves 10.1.2.4 on a /30 branch that carries the /16's data.
      expect(db.getWithPrefixLength('10.1.2.4')).toEqual([{ name: 'ten-one' }, 30]);
    });
  }

  it('lets the more specific network win whatever the input order', () => {
    const db = reader(
      writeMmdb({
        ipVersion: 4,
        databaseType: 'Order',
        records: [
          { network: '8.8.8.0/24', data: 'narrow' },
          { network: '8.0.0.0/8', data: 'broad' },
          { network: '0.0.0.0/0', data: 'everything' },
        ],
      }),
    );
    expect(db.get('8.8.8.8')).toBe('narrow');
    expect(db.get('8.8.9.8')).toBe('broad');
    expect(db.get('9.9.9.9')).toBe('everything');
  });

  it('decodes every data type it writes', () => {
    const data = {
      str: 'Zürich',
      long: 'x'.repeat(300),
      longer: 'y'.repeat(70_000),
      dbl: 37.751,
      flt: float(1.5),
      u16: uint16(807),
      u32: uint32(4_000_000_000),
      zero: uint32(0),
      i32: int32(-5),
      u64: uint64(2n ** 40n),
      u128: uint128(2n ** 100n),
      raw: bytes(Uint8Array.from([1, 2, 3])),
      yes: true,
      no: false,
      list: ['a', uint16(2), [true]],
      nested: { names: { en: 'London', es: 'Londres' } },
    };
    const db = reader(writeMmdb({ ipVersion: 4, databaseType: 'Types', records: [{ network: '1.2.3.0/24', data }] }));
    const got = db.get('1.2.3.4');
    expect(got).not.toBeNull();
    expect(got!['str']).toBe('Zürich');
    expect(got!['long']).toBe('x'.repeat(300));
    expect(got!['longer']).toBe('y'.repeat(70_000));
    expect(got!['dbl']).toBe(37.751);
    expect(got!['flt']).toBe(1.5);
    expect(got!['u16']).toBe(807);
    expect(got!['u32']).toBe(4_000_000_000);
    expect(got!['zero']).toBe(0);
    expect(got!['i32']).toBe(-5);
    expect(BigInt(got!['u64'] as bigint | number)).toBe(2n ** 40n);
    expect(BigInt(got!['u128'] as bigint | number)).toBe(2n ** 100n);
    expect(Buffer.from(got!['raw'] as Uint8Array)).toEqual(Buffer.from([1, 2, 3]));
    expect(got!['yes']).toBe(true);
    expect(got!['no']).toBe(false);
    expect(got!['list']).toEqual(['a', 2, [true]]);
    expect(got!['nested']).toEqual({ names: { en: 'London', es: 'Londres' } });
  });

  it('writes metadata the reader understands', () => {
    const db = reader(
      writeMmdb({
        ipVersion: 6,
        databaseType: 'GeoIP2-City',
        languages: ['en', 'es'],
        description: { en: 'fixture' },
        buildEpoch: 1_700_000_000,
        records: [{ network: '2001:db8::/32', data: { a: 1 } }],
      }),
    );
    expect(db.metadata.binaryFormatMajorVersion).toBe(2);
    expect(db.metadata.binaryFormatMinorVersion).toBe(0);
    expect(db.metadata.languages).toEqual(['en', 'es']);
    expect(db.metadata.description).toEqual({ en: 'fixture' });
    expect(db.metadata.buildEpoch.getTime()).toBe(1_700_000_000_000);
    expect(db.metadata.treeDepth).toBe(128);
  });

  for (const recordSize of [24, 28, 32] as const) {
    it(`serves IPv4 and IPv6 from one IPv6 tree with ${recordSize}-bit records`, () => {
      const db = reader(
        writeMmdb({
          ipVersion: 6,
          databaseType: 'Mixed',
          recordSize,
          records: [
            { network: '81.2.69.0/24', data: { c: 'GB' } },
            { network: '81.2.69.142/31', data: { c: 'GB-host' } },
            { network: '2001:218::/32', data: { c: 'JP' } },
            { network: '2001:218:8000::/33', data: { c: 'JP-upper' } },
            { network: '2a02:ff00::/24', data: { c: 'IT' } },
          ],
        }),
      );
      expect(db.get('81.2.69.1')).toEqual({ c: 'GB' });
      expect(db.get('81.2.69.143')).toEqual({ c: 'GB-host' });
      expect(db.get('81.2.70.1')).toBeNull();
      expect(db.get('::81.2.69.1')).toEqual({ c: 'GB' }); // IPv4 lives under ::/96
      expect(db.get('::ffff:81.2.69.1')).toEqual({ c: 'GB' }); // and ::ffff:0:0/96 aliases it
      expect(db.get('::ffff:81.2.70.1')).toBeNull();
      expect(db.get('2001:218::1')).toEqual({ c: 'JP' });
      expect(db.get('2001:218:ffff::1')).toEqual({ c: 'JP-upper' });
      expect(db.get('2001:219::1')).toBeNull();
      expect(db.get('2a02:ff12::1')).toEqual({ c: 'IT' });
      expect(db.get('2a03::1')).toBeNull();
    });
  }

  it('stores identical records once and keeps lookups right', () => {
    const records = Array.from({ length: 50 }, (_, i) => ({ network: `20.0.${i}.0/24`, data: { same: 'record' } }));
    const one = writeMmdb({ ipVersion: 4, databaseType: 'Dedup', buildEpoch: 1, records: records.slice(0, 1) });
    const many = writeMmdb({ ipVersion: 4, databaseType: 'Dedup', buildEpoch: 1, records });
    const db = reader(many);
    expect(db.get('20.0.49.7')).toEqual({ same: 'record' });
    expect(db.get('20.0.50.7')).toBeNull();
    // Only tree nodes grow: the data section still holds a single record.
    expect(many.length - one.length).toBe((db.metadata.nodeCount - reader(one).metadata.nodeCount) * 7);
  });

  it('handles an empty database', () => {
    const db = reader(writeMmdb({ ipVersion: 6, databaseType: 'Empty', records: [] }));
    expect(db.metadata.nodeCount).toBe(1);
    expect(db.get('1.1.1.1')).toBeNull();
    expect(db.get('2001::1')).toBeNull();
  });

  it('rejects IPv6 networks in an IPv4 database', () => {
    expect(() => writeMmdb({ ipVersion: 4, databaseType: 'X', records: [{ network: '2001::/16', data: 1 }] })).toThrow(/IPv6 network/);
  });
});
