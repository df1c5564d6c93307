import { afterAll, describe, expect, it } from 'vitest';
import { openGeoDatabase, type GeoDatabase } from '../../src/geo/geo-database.js';
import { locate } from '../../src/geo/locate.js';
import { writeGeoFixtures } from '../support/geo-fixtures.js';

const fixtures = writeGeoFixtures();
afterAll(() => fixtures.cleanup());

const basic = { allfields: false, lang: [] } as const;
const all = { allfields: true, lang: [] } as const;
const entries = (db: GeoDatabase, ip: string, opts: { allfields: boolean; lang: readonly string[] } = basic) => {
  const found = locate(db, ip, opts);
  return found === null ? null : [...found.entries()];
};

describe('locate on a MaxMind GeoIP2-City layout', () => {
  const db = openGeoDatabase([fixtures.maxmind]);

  it('gives City, Country, Region, lat, lon in Splunk order', () => {
    expect(entries(db, '81.2.69.142')).toEqual([
      ['City', 'London'],
      ['Country', 'United Kingdom'],
      ['Region', 'England'],
      ['lat', '51.51420'],
      ['lon', '-0.09310'],
    ]);
  });

  it('gives all eight fields with allfields, using the first subdivision', () => {
    expect(entries(db, '216.160.83.56', all)).toEqual([
      ['City', 'Milton'],
      ['Continent', 'North America'],
      ['Country', 'United States'],
      ['MetroCode', '819'],
      ['Region', 'Washington'],
      ['Timezone', 'America/Los_Angeles'],
      ['lat', '47.25130'],
      ['lon', '-122.31490'],
    ]);
  });

  it('gives "" for attributes a known record lacks', () => {
    expect(entries(db, '89.160.20.112', all)).toEqual([
      ['City', ''],
      ['Continent', 'Europe'],
      ['Country', 'Sweden'],
      ['MetroCode', ''],
      ['Region', ''],
      ['Timezone', ''],
      ['lat', '62.00000'],
      ['lon', '15.00000'],
    ]);
    expect(entries(db, '5.6.7.8')).toEqual([
      ['City', ''],
      ['Country', ''],
      ['Region', ''],
      ['lat', ''],
      ['lon', ''],
    ]);
  });

  it('prints a coordinate that rounds to zero without a minus sign', () => {
    expect(locate(db, '5.6.8.1', basic)?.get('lat')).toBe('0.00000');
    expect(locate(db, '5.6.8.1', basic)?.get('lon')).toBe('0.00000');
  });

  it('localizes with lang, falling back to English per attribute', () => {
    expect(entries(db, '81.2.69.142', { allfields: true, lang: ['es'] })).toEqual([
      ['City', 'Londres'],
      ['Continent', 'Europa'],
      ['Country', 'Reino Unido'],
      ['MetroCode', ''],
      ['Region', 'Inglaterra'],
      ['Timezone', 'Europe/London'],
      ['lat', '51.51420'],
      ['lon', '-0.09310'],
    ]);
    // Milton has no Spanish name, Washington neither.
    expect(locate(db, '216.160.83.56', { allfields: false, lang: ['es'] })?.get('City')).toBe('Milton');
    expect(locate(db, '216.160.83.56', { allfields: false, lang: ['es'] })?.get('Country')).toBe('Estados Unidos');
    // Priority order: the first language the record has wins.
    expect(locate(db, '81.2.69.142', { allfields: false, lang: ['fr', 'DE', 'es'] })?.get('Country')).toBe('United Kingdom (de)');
  });

  it('gives ISO codes with lang=code, names where there is no code', () => {
    expect(entries(db, '81.2.69.142', { allfields: true, lang: ['code'] })).toEqual([
      ['City', 'London'],
      ['Continent', 'EU'],
      ['Country', 'GB'],
      ['MetroCode', ''],
      ['Region', 'ENG'],
      ['Timezone', 'Europe/London'],
      ['lat', '51.51420'],
      ['lon', '-0.09310'],
    ]);
  });

  it('locates IPv6 addresses, and IPv4 held in the IPv6 tree', () => {
    expect(entries(db, '2001:218::1')).toEqual([
      ['City', ''],
      ['Country', 'Japan'],
      ['Region', ''],
      ['lat', '35.68536'],
      ['lon', '139.75309'],
    ]);
    expect(locate(db, '2a02:8100:0:1::5', basic)?.get('City')).toBe('Berlin');
    expect(locate(db, '2A02:8100::5', basic)?.get('Region')).toBe('Land Berlin');
    expect(locate(db, '::ffff:81.2.69.142', basic)?.get('City')).toBe('London');
  });

  it('gives nothing for private and reserved addresses, even when the file has them', () => {
    for (const ip of ['10.1.2.3', '172.16.0.1', '192.168.1.1', '100.64.0.1', '127.0.0.1', '169.254.1.1', '224.0.0.1', '0.0.0.0', '255.255.255.255', '192.0.2.1', 'fc00::1', 'fd12::1', '::1', '::', 'fe80::1', 'ff02::1', '2001:db8::1', '::ffff:10.1.2.3']) {
      expect(locate(db, ip, all), ip).toBeNull();
    }
  });

  it('gives nothing for text that is not a plain address', () => {
    for (const ip of ['', 'null', 'example.com', '81.2.69.142/24', '081.2.69.142', '81.2.69', '0x51.2.69.142', ' 81.2.69.142', '81.2.69.142 ', '81.2.69.142.1', '2001:218::1::', '2001:218::1%eth0', '::ffff:081.2.69.142', '-']) {
      expect(locate(db, ip, all), JSON.stringify(ip)).toBeNull();
    }
  });

  it('gives nothing for public addresses the database does not know', () => {
    expect(locate(db, '81.2.70.1', basic)).toBeNull();
    expect(locate(db, '8.8.8.8', basic)).toBeNull();
    expect(locate(db, '2001:219::1', basic)).toBeNull();
  });
});

describe('locate on the flat @ip-location-db DB-IP layout', () => {
  const db = openGeoDatabase([fixtures.dbipV4, fixtures.dbipV6]);

  it('names the country in English from its code and keeps 5 decimals of the float coordinates', () => {
    expect(entries(db, '8.8.8.8')).toEqual([
      ['City', 'Mountain View'],
      ['Country', 'United States'],
      ['Region', 'California'],
      ['lat', '37.42200'],
      ['lon', '-122.08500'],
    ]);
    expect(locate(db, '1.1.1.1', basic)?.get('Country')).toBe('Australia');
  });

  it('fills what the layout has with allfields and leaves the rest ""', () => {
    expect(entries(db, '2001:4860:4860::8888', all)).toEqual([
      ['City', 'Montreal'],
      ['Continent', ''],
      ['Country', 'Canada'],
      ['MetroCode', ''],
      ['Region', 'Quebec'],
      ['Timezone', 'America/Toronto'],
      ['lat', '45.50190'],
      ['lon', '-73.56740'],
    ]);
  });

  it('gives the country code with lang=code and English for other languages', () => {
    expect(locate(db, '8.8.8.8', { allfields: false, lang: ['code'] })?.get('Country')).toBe('US');
    expect(locate(db, '8.8.8.8', { allfields: false, lang: ['es'] })?.get('Country')).toBe('United States');
    expect(locate(db, '8.8.8.8', { allfields: false, lang: ['es', 'code'] })?.get('Country')).toBe('US');
    expect(locate(db, '8.8.8.8', { allfields: false, lang: ['en', 'code'] })?.get('Country')).toBe('United States');
  });

  it('skips private space and unknown addresses', () => {
    expect(locate(db, '192.168.3.4', basic)).toBeNull();
    expect(locate(db, '9.9.9.9', basic)).toBeNull();
    expect(locate(db, '2001:4861::1', basic)).toBeNull();
  });
});
