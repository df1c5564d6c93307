/** Against MaxMind's own GeoIP2-City-Test.mmdb when a checkout of it sits next to the repo. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openGeoDatabase } from '../../src/geo/geo-database.js';
import { locate } from '../../src/geo/locate.js';
import { applyIplocation } from '../../src/runtime/commands/iplocation.js';

const path = fileURLToPath(new URL('../../../shared/geoip/GeoIP2-City-Test.mmdb', import.meta.url));
const present = existsSync(path);

describe.skipIf(!present)('MaxMind GeoIP2-City-Test.mmdb', () => {
  const db = present ? openGeoDatabase([path]) : null;
  const basic = { allfields: false, lang: [] };

  it('locates 81.2.69.142 in London', () => {
    expect(Object.fromEntries(locate(db!, '81.2.69.142', basic)!)).toEqual({
      City: 'London',
      Country: 'United Kingdom',
      Region: 'England',
      lat: '51.51420',
      lon: '-0.09310',
    });
  });

  it('gives only the country for 2001:218::/32', () => {
    expect(Object.fromEntries(locate(db!, '2001:218:85a3::8a2e:370:7334', { allfields: true, lang: [] })!)).toEqual({
      City: '',
      Continent: 'Asia',
      Country: 'Japan',
      MetroCode: '',
      Region: '',
      Timezone: 'Asia/Tokyo',
      lat: '35.68536',
      lon: '139.75309',
    });
  });

  it('gives MetroCode and localized or coded names', () => {
    expect(locate(db!, '216.160.83.56', { allfields: true, lang: [] })?.get('MetroCode')).toBe('819');
    expect(locate(db!, '216.160.83.56', { allfields: true, lang: ['es'] })?.get('Continent')).toBe('América del Norte');
    expect(locate(db!, '216.160.83.56', { allfields: true, lang: ['es'] })?.get('City')).toBe('Milton'); // no Spanish name
    expect(locate(db!, '81.2.69.142', { allfields: false, lang: ['code'] })?.get('Region')).toBe('ENG');
  });

  it('adds nothing for addresses outside the test data', () => {
    expect(locate(db!, '8.8.8.8', basic)).toBeNull();
    expect(locate(db!, '10.0.0.1', basic)).toBeNull();
  });

  it('drives the command end to end', () => {
    const table = { fields: ['clientip'], rows: [new Map([['clientip', '81.2.69.142']]), new Map([['clientip', '2001:218::1']])] };
    const out = applyIplocation(table, { field: 'clientip', prefix: 'c_', allfields: false, lang: [] }, db!);
    expect(out.rows.map((r) => [r.get('c_City'), r.get('c_Country')])).toEqual([
      ['London', 'United Kingdom'],
      ['', 'Japan'],
    ]);
  });
});
