import { describe, expect, it } from 'vitest';
import { relativeTime } from '../../src/runtime/eval/relative-time.js';
import { resolveTimeZone } from '../../src/runtime/time/zone.js';
import { ev, NOW, UTC } from './helpers.js';

const utc = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number => Date.UTC(y, mo - 1, d, h, mi, s) / 1000;
const newYork = resolveTimeZone('America/New_York');
const rt = (t: number, spec: string, zone = newYork): number | null => relativeTime(t, spec, zone);

describe('relative_time in UTC', () => {
  it('applies offsets and the documented snaps', () => {
    expect(ev('relative_time(now(), "-1d@d")')).toBe(utc(2023, 11, 13));
    expect(ev('relative_time(now(), "-2h@h")')).toBe(utc(2023, 11, 14, 20));
    expect(ev('relative_time(now(), "-30m")')).toBe(NOW - 1800);
    expect(ev('relative_time(now(), "-h")')).toBe(NOW - 3600);
    expect(ev('relative_time(now(), "@d-2h")')).toBe(utc(2023, 11, 13, 22));
    expect(ev('relative_time(now(), "-mon@mon+7d")')).toBe(utc(2023, 10, 8));
  });

  it('snaps to weeks, months, quarters and years', () => {
    // NOW is Tuesday 2023-11-14.
    expect(ev('relative_time(now(), "@w0")')).toBe(utc(2023, 11, 12));
    expect(ev('relative_time(now(), "@w7")')).toBe(utc(2023, 11, 12));
    expect(ev('relative_time(now(), "@w")')).toBe(utc(2023, 11, 12));
    expect(ev('relative_time(now(), "@w2")')).toBe(utc(2023, 11, 14));
    expect(ev('relative_time(now(), "@w6")')).toBe(utc(2023, 11, 11));
    expect(ev('relative_time(now(), "-5d@w1")')).toBe(utc(2023, 11, 6));
    expect(ev('relative_time(now(), "@mon")')).toBe(utc(2023, 11, 1));
    expect(ev('relative_time(now(), "@qtr")')).toBe(utc(2023, 10, 1));
    expect(ev('relative_time(now(), "@y")')).toBe(utc(2023, 1, 1));
  });

  it('reads long unit names and "now"', () => {
    expect(ev('relative_time(now(), "-2days@day")')).toBe(utc(2023, 11, 12));
    expect(ev('relative_time(now(), "+1month")')).toBe(utc(2023, 12, 14, 22, 13, 20));
    expect(ev('relative_time(now(), "now")')).toBe(NOW);
    expect(ev('relative_time(t, "+1y")', { t: utc(2024, 2, 29) })).toBe(utc(2025, 3, 1));
  });

  it('carries a day past the end of the month, as mktime does', () => {
    expect(ev('relative_time(t, "+1mon")', { t: utc(2024, 1, 31, 10) })).toBe(utc(2024, 3, 2, 10));
    expect(ev('relative_time(t, "-1q")', { t: utc(2024, 5, 31) })).toBe(utc(2024, 3, 2));
  });

  it('is null for specifiers it cannot read, or a time that is not a number', () => {
    for (const spec of ['', 'bogus', '-1x', '+0', '@w8', '1d', '@d3']) expect(ev(`relative_time(now(), "${spec}")`)).toBe(null);
    expect(ev('relative_time(missing, "-1d")')).toBe(null);
    expect(ev('relative_time("abc", "-1d")')).toBe(null);
  });
});

describe('relative_time across DST (America/New_York)', () => {
  const springNoon = utc(2024, 3, 10, 16); // 12:00 EDT on the day clocks go 02:00 EST → 03:00 EDT

  it('snaps a day to local midnight, before the change', () => {
    expect(rt(springNoon, '@d')).toBe(utc(2024, 3, 10, 5));
    expect(rt(springNoon, '-1d@d')).toBe(utc(2024, 3, 9, 5));
  });

  it('keeps the wall-clock time for days, not for hours', () => {
    expect(rt(springNoon, '-1d')).toBe(utc(2024, 3, 9, 17));
    expect(rt(springNoon, '-24h')).toBe(utc(2024, 3, 9, 16));
    expect(rt(utc(2024, 11, 2, 16), '+1d')).toBe(utc(2024, 11, 3, 17));
  });

  it('snaps to a weekday at local midnight', () => {
    expect(rt(springNoon, '+1d@w1')).toBe(utc(2024, 3, 11, 4));
    expect(rt(springNoon, '@w0')).toBe(utc(2024, 3, 10, 5));
  });

  it('snaps hours within the offset in force', () => {
    expect(rt(utc(2024, 3, 10, 7, 30), '@h')).toBe(utc(2024, 3, 10, 7));
    expect(rt(utc(2024, 3, 10, 7, 30), '-1h@h')).toBe(utc(2024, 3, 10, 6));
    // 01:30 EST, the second 01:30 of the night clocks go back, snaps to 01:00 EST.
    expect(rt(utc(2024, 11, 3, 6, 30), '@h')).toBe(utc(2024, 11, 3, 6));
    expect(rt(utc(2024, 11, 3, 6, 30), '@d')).toBe(utc(2024, 11, 3, 4));
  });

  it('moves a day that lands in the spring gap forward', () => {
    expect(rt(utc(2024, 3, 9, 7, 30), '+1d')).toBe(utc(2024, 3, 10, 7, 30));
  });
});

describe('relative_time in other zones', () => {
  it('snaps hours and days in a half-hour zone', () => {
    const kolkata = resolveTimeZone('Asia/Kolkata');
    expect(rt(NOW, '@h', kolkata)).toBe(utc(2023, 11, 14, 21, 30));
    expect(rt(NOW, '@d', kolkata)).toBe(utc(2023, 11, 14, 18, 30));
  });

  it('uses 01:00 when local midnight does not exist', () => {
    const saoPaulo = resolveTimeZone('America/Sao_Paulo');
    expect(rt(utc(2018, 11, 4, 15), '@d', saoPaulo)).toBe(utc(2018, 11, 4, 3));
  });

  it('steps mvrange "7d" by local days, as the documented example shows across US DST', () => {
    const la = { ...UTC, timeZone: resolveTimeZone('America/Los_Angeles') };
    const values = ev('mvrange(1514834731, 1524134919, "7d")', {}, la);
    expect(Array.isArray(values) ? values.slice(9, 11) : values).toEqual([1520277931, 1520879131]);
  });
});
