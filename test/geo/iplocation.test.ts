import { afterAll, describe, expect, it } from 'vitest';
import { openGeoDatabase } from '../../src/geo/geo-database.js';
import { applyIplocation } from '../../src/runtime/commands/iplocation.js';
import type { FieldValue, Row, Table } from '../../src/values/value.js';
import { writeGeoFixtures } from '../support/geo-fixtures.js';

const fixtures = writeGeoFixtures();
afterAll(() => fixtures.cleanup());
const geo = openGeoDatabase([fixtures.maxmind]);

const row = (entries: Record<string, FieldValue>): Row => new Map(Object.entries(entries));
const table = (fields: string[], rows: Row[]): Table => ({ fields, rows });
const args = { field: 'src', prefix: '', allfields: false, lang: [] as string[] };
const plain = (t: Table) => ({ fields: t.fields, rows: t.rows.map((r) => Object.fromEntries(r)) });

describe('applyIplocation', () => {
  it('adds the five fields to located rows and appends their names in Splunk order', () => {
    const input = table(['_time', 'src'], [row({ _time: 1, src: '81.2.69.142' }), row({ _time: 2, src: '10.0.0.1' })]);
    expect(plain(applyIplocation(input, args, geo))).toEqual({
      fields: ['_time', 'src', 'City', 'Country', 'Region', 'lat', 'lon'],
      rows: [
        { _time: 1, src: '81.2.69.142', City: 'London', Country: 'United Kingdom', Region: 'England', lat: '51.51420', lon: '-0.09310' },
        { _time: 2, src: '10.0.0.1' },
      ],
    });
  });

  it('adds nothing for private, unparsable, "null", unknown and missing values', () => {
    const rows = ['192.168.0.1', 'garbage', 'null', '81.2.70.1', '', '::1'].map((src) => row({ src }));
    const input = table(['src'], [...rows, row({ other: 'x' })]);
    const out = applyIplocation(input, args, geo);
    expect(plain(out)).toEqual({ fields: ['src'], rows: [...rows.map((r) => Object.fromEntries(r)), { other: 'x' }] });
  });

  it('prefixes every field name', () => {
    const out = applyIplocation(table(['src'], [row({ src: '2001:218::1' })]), { ...args, prefix: 'src_' }, geo);
    expect(plain(out)).toEqual({
      fields: ['src', 'src_City', 'src_Country', 'src_Region', 'src_lat', 'src_lon'],
      rows: [{ src: '2001:218::1', src_City: '', src_Country: 'Japan', src_Region: '', src_lat: '35.68536', src_lon: '139.75309' }],
    });
  });

  it('adds the eight allfields fields, localized with lang', () => {
    const out = applyIplocation(table(['src'], [row({ src: '81.2.69.142' })]), { ...args, allfields: true, lang: ['es'] }, geo);
    expect(out.fields).toEqual(['src', 'City', 'Continent', 'Country', 'MetroCode', 'Region', 'Timezone', 'lat', 'lon']);
    expect(Object.fromEntries(out.rows[0]!)).toEqual({
      src: '81.2.69.142',
      City: 'Londres',
      Continent: 'Europa',
      Country: 'Reino Unido',
      MetroCode: '',
      Region: 'Inglaterra',
      Timezone: 'Europe/London',
      lat: '51.51420',
      lon: '-0.09310',
    });
  });

  it('gives codes with lang=code', () => {
    const out = applyIplocation(table(['src'], [row({ src: '216.160.83.56' })]), { ...args, lang: ['code'] }, geo);
    expect(Object.fromEntries(out.rows[0]!)).toEqual({ src: '216.160.83.56', City: 'Milton', Country: 'US', Region: 'WA', lat: '47.25130', lon: '-122.31490' });
  });

  it('overwrites same-named fields only on located rows and keeps existing field positions', () => {
    const input = table(['Country', 'src'], [row({ Country: 'old', src: '89.160.20.112' }), row({ Country: 'kept', src: '172.16.5.5' })]);
    const out = applyIplocation(input, args, geo);
    expect(out.fields).toEqual(['Country', 'src', 'City', 'Region', 'lat', 'lon']);
    expect([...out.rows[0]!.entries()]).toEqual([
      ['Country', 'Sweden'],
      ['src', '89.160.20.112'],
      ['City', ''],
      ['Region', ''],
      ['lat', '62.00000'],
      ['lon', '15.00000'],
    ]);
    expect(Object.fromEntries(out.rows[1]!)).toEqual({ Country: 'kept', src: '172.16.5.5' });
  });

  it('uses the first value of a multivalue field', () => {
    const input = table(['src'], [row({ src: ['81.2.69.142', '2001:218::1'] }), row({ src: ['10.0.0.1', '81.2.69.142'] })]);
    const out = applyIplocation(input, args, geo);
    expect(out.rows[0]!.get('City')).toBe('London');
    expect(out.rows[0]!.get('src')).toEqual(['81.2.69.142', '2001:218::1']);
    expect(Object.fromEntries(out.rows[1]!)).toEqual({ src: ['10.0.0.1', '81.2.69.142'] });
  });

  it('does not mutate the input table or its rows', () => {
    const original = row({ src: '81.2.69.142' });
    const input = table(['src'], [original]);
    const out = applyIplocation(input, args, geo);
    expect(out).not.toBe(input);
    expect(out.rows[0]).not.toBe(original);
    expect([...original.entries()]).toEqual([['src', '81.2.69.142']]);
    expect(input.fields).toEqual(['src']);
  });

  it('works over the DB-IP layout split across two files', () => {
    const dbip = openGeoDatabase([fixtures.dbipV4, fixtures.dbipV6]);
    const out = applyIplocation(table(['ip'], [row({ ip: '8.8.8.8' }), row({ ip: '2001:4860:4860::8888' })]), { ...args, field: 'ip', prefix: 'geo_' }, dbip);
    expect(out.rows.map((r) => [r.get('geo_City'), r.get('geo_Country'), r.get('geo_Region'), r.get('geo_lat'), r.get('geo_lon')])).toEqual([
      ['Mountain View', 'United States', 'California', '37.42200', '-122.08500'],
      ['Montreal', 'Canada', 'Quebec', '45.50190', '-73.56740'],
    ]);
  });
});
