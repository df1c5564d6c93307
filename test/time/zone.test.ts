import { describe, expect, it } from 'vitest';
import { SpliceError } from '../../src/diagnostics/diagnostic.js';
import { resolveTimeZone } from '../../src/runtime/time/zone.js';

describe('resolveTimeZone', () => {
  it('resolves UTC, its aliases and any case', () => {
    for (const name of ['UTC', 'utc', 'Etc/UTC']) {
      const zone = resolveTimeZone(name);
      expect(zone.offsetMinutes(1602633600000)).toBe(0);
      expect(zone.abbreviation(1602633600000)).toBe('UTC');
    }
    expect(resolveTimeZone('utc').name).toBe('UTC');
  });

  it("keeps the user's IANA name, fixing only its case", () => {
    expect(resolveTimeZone('Asia/Kolkata').name).toBe('Asia/Kolkata');
    expect(resolveTimeZone('america/new_york').name).toBe('America/New_York');
  });

  it('caches zones', () => {
    expect(resolveTimeZone('Europe/Paris')).toBe(resolveTimeZone('Europe/Paris'));
  });

  it('uses the system zone when no name is given', () => {
    const system = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    const zone = resolveTimeZone(undefined);
    expect(zone.name.toLowerCase()).toBe(system.toLowerCase());
    const reference = resolveTimeZone(system);
    expect(zone.offsetMinutes(1700000000000)).toBe(reference.offsetMinutes(1700000000000));
  });

  it('rejects unknown names with a bad-timezone diagnostic', () => {
    for (const name of ['Mars/Olympus_Mons', '', '+05:30', 'America/New York']) {
      let caught: unknown;
      try {
        resolveTimeZone(name);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(SpliceError);
      const diagnostic = (caught as SpliceError).diagnostic;
      expect(diagnostic.code).toBe('bad-timezone');
      expect(diagnostic.message).toBe(`unknown time zone "${name}"`);
      expect(diagnostic.location).toEqual({ kind: 'none' });
      expect(diagnostic.hints.length).toBeGreaterThan(0);
    }
  });
});

describe('TimeZone offsets and abbreviations', () => {
  const newYork = resolveTimeZone('America/New_York');

  it('gives offsets in minutes east of UTC, across DST', () => {
    expect(newYork.offsetMinutes(1710053999000)).toBe(-300);
    expect(newYork.offsetMinutes(1710054000000)).toBe(-240);
    expect(newYork.offsetMinutes(1710053999999)).toBe(-300);
    expect(resolveTimeZone('Asia/Kolkata').offsetMinutes(0)).toBe(330);
    expect(resolveTimeZone('Asia/Kathmandu').offsetMinutes(1700000000000)).toBe(345);
    expect(resolveTimeZone('Australia/Lord_Howe').offsetMinutes(1563442200000)).toBe(630);
  });

  it('gives fractional minutes for local mean time, exact to the second', () => {
    expect(newYork.offsetMinutes(-3786825600000) * 60).toBeCloseTo(-(4 * 3600 + 56 * 60 + 2), 6);
  });

  it('agrees before and after an off-grid historical transition, in either order', () => {
    const kolkata = resolveTimeZone('Asia/Kolkata');
    const at = -2019705670000; // 1905-12-31T18:38:50Z: +5:21:10 becomes +5:30
    expect(kolkata.offsetMinutes(at)).toBe(330);
    expect(kolkata.offsetMinutes(at - 1) * 60).toBeCloseTo(5 * 3600 + 21 * 60 + 10, 6);
    expect(kolkata.offsetMinutes(at - 1000) * 60).toBeCloseTo(5 * 3600 + 21 * 60 + 10, 6);
    expect(kolkata.offsetMinutes(at + 1000)).toBe(330);
  });

  it('names zones from Intl, trying other English locales before a GMT+h form', () => {
    const winter = Date.UTC(2024, 0, 15);
    const summer = Date.UTC(2024, 6, 15);
    expect([newYork.abbreviation(winter), newYork.abbreviation(summer)]).toEqual(['EST', 'EDT']);
    const paris = resolveTimeZone('Europe/Paris');
    expect([paris.abbreviation(winter), paris.abbreviation(summer)]).toEqual(['CET', 'CEST']);
    const london = resolveTimeZone('Europe/London');
    expect([london.abbreviation(winter), london.abbreviation(summer)]).toEqual(['GMT', 'BST']);
    expect(resolveTimeZone('Asia/Kolkata').abbreviation(winter)).toBe('IST');
    expect(resolveTimeZone('Australia/Sydney').abbreviation(winter)).toBe('AEDT');
    // No English locale has a name: Intl's GMT form is returned as is.
    expect(resolveTimeZone('Asia/Tokyo').abbreviation(winter)).toBe('GMT+9');
    expect(resolveTimeZone('Asia/Kathmandu').abbreviation(winter)).toBe('GMT+5:45');
  });
});
