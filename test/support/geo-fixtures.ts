/**
 * GeoIP fixture databases, generated into a temp dir at test time: one MaxMind GeoIP2-City
 * layout file (IPv6 tree holding IPv4 too) and an @ip-location-db style DB-IP pair (flat records,
 * separate IPv4 and IPv6 files, the IPv6 one without IPv4).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { float, uint16, uint32, writeMmdb, type MmdbValue } from './mmdb-writer.js';

const names = (en: string, es?: string): MmdbValue => (es === undefined ? { en } : { en, es, de: `${en} (de)` });

const europe = { code: 'EU', geoname_id: uint32(6255148), names: names('Europe', 'Europa') };

export const MAXMIND_RECORDS: readonly { network: string; data: MmdbValue }[] = [
  {
    network: '81.2.69.0/24',
    data: {
      city: { geoname_id: uint32(2643743), names: names('London', 'Londres') },
      continent: europe,
      country: { iso_code: 'GB', names: names('United Kingdom', 'Reino Unido') },
      location: { accuracy_radius: uint16(10), latitude: 51.5142, longitude: -0.0931, time_zone: 'Europe/London' },
      subdivisions: [{ iso_code: 'ENG', names: names('England', 'Inglaterra') }],
    },
  },
  {
    network: '216.160.83.0/24',
    data: {
      city: { names: names('Milton') },
      continent: { code: 'NA', names: names('North America', 'Norteamérica') },
      country: { iso_code: 'US', names: names('United States', 'Estados Unidos') },
      location: { latitude: 47.2513, longitude: -122.3149, metro_code: uint16(819), time_zone: 'America/Los_Angeles' },
      subdivisions: [{ iso_code: 'WA', names: names('Washington') }, { iso_code: 'X', names: names('Second') }],
    },
  },
  {
    // No city and no subdivision: a country-level record.
    network: '89.160.20.0/24',
    data: { continent: europe, country: { iso_code: 'SE', names: names('Sweden', 'Suecia') }, location: { latitude: 62, longitude: 15 } },
  },
  // Known but empty: every field is "".
  { network: '5.6.7.0/24', data: {} },
  { network: '5.6.8.0/24', data: { location: { latitude: -0.000001, longitude: 0 } } },
  // Private space present in the file: iplocation must still ignore it.
  { network: '10.0.0.0/8', data: { country: { iso_code: 'ZZ', names: names('Private') } } },
  { network: 'fc00::/7', data: { country: { iso_code: 'ZZ', names: names('Private') } } },
  {
    network: '2001:218::/32',
    data: { continent: { code: 'AS', names: names('Asia', 'Asia') }, country: { iso_code: 'JP', names: names('Japan', 'Japón') }, location: { latitude: 35.68536, longitude: 139.75309, time_zone: 'Asia/Tokyo' } },
  },
  {
    network: '2a02:8100::/27',
    data: { city: { names: names('Berlin') }, country: { iso_code: 'DE', names: names('Germany', 'Alemania') }, location: { latitude: 52.52, longitude: 13.405 }, subdivisions: [{ iso_code: 'BE', names: names('Land Berlin') }] },
  },
];

const flat = (city: string, cc: string, state1: string, lat: number, lon: number, timezone = ''): MmdbValue => ({
  city,
  country_code: cc,
  latitude: float(lat),
  longitude: float(lon),
  postcode: '',
  state1,
  state2: '',
  timezone,
});

export const DBIP_V4_RECORDS = [
  { network: '8.8.8.0/24', data: flat('Mountain View', 'US', 'California', 37.422, -122.085) },
  { network: '1.1.1.0/24', data: flat('Sydney', 'AU', 'New South Wales', -33.8688, 151.209) },
  { network: '81.2.69.0/24', data: flat('City of London', 'GB', 'England', 51.5143, -0.0912) },
  { network: '192.168.0.0/16', data: flat('Nowhere', 'US', 'Private', 0, 0) },
];

export const DBIP_V6_RECORDS = [
  { network: '2001:4860::/32', data: flat('Montreal', 'CA', 'Quebec', 45.5019, -73.5674, 'America/Toronto') },
  { network: '2001:218::/32', data: flat('Chiyoda City', 'JP', 'Tokyo', 35.6869, 139.767) },
];

export interface GeoFixtures {
  readonly dir: string;
  readonly maxmind: string;
  readonly dbipV4: string;
  readonly dbipV6: string;
  cleanup(): void;
}

/** Writes the fixture files into a fresh temp dir; call cleanup() in afterAll. */
export function writeGeoFixtures(): GeoFixtures {
  const dir = mkdtempSync(join(tmpdir(), 'splice-geo-'));
  const write = (name: string, buffer: Buffer): string => {
    const path = join(dir, name);
    writeFileSync(path, buffer);
    return path;
  };
  const maxmind = write('GeoIP2-City-Fixture.mmdb', writeMmdb({ ipVersion: 6, databaseType: 'GeoIP2-City', languages: ['de', 'en', 'es'], records: MAXMIND_RECORDS }));
  const dbipV4 = write('dbip-city-ipv4.mmdb', writeMmdb({ ipVersion: 4, databaseType: 'city ipv4', records: DBIP_V4_RECORDS }));
  const dbipV6 = write('dbip-city-ipv6.mmdb', writeMmdb({ ipVersion: 6, databaseType: 'city ipv6', records: DBIP_V6_RECORDS }));
  return { dir, maxmind, dbipV4, dbipV6, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
