import { describe, expect, it } from 'vitest';
import { resolveTimeZone } from '../../src/runtime/time/zone.js';
import { errorOf, ev, NOW, UTC } from './helpers.js';

const utc = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number => Date.UTC(y, mo - 1, d, h, mi, s) / 1000;
const newYork = { ...UTC, timeZone: resolveTimeZone('America/New_York') };

describe('now and time', () => {
  it('now() is the fixed search time', () => {
    expect(ev('now()')).toBe(NOW);
    expect(ev('now()', {}, { ...UTC, now: 42 })).toBe(42);
  });

  it('time() is refused for determinism', () => {
    expect(errorOf('time()')).toMatchObject({ code: 'unsupported', at: 'time()' });
  });
});

describe('strftime', () => {
  it('formats seconds in the search zone', () => {
    expect(ev('strftime(now(), "%Y-%m-%dT%H:%M:%S")')).toBe('2023-11-14T22:13:20');
    expect(ev('strftime(now(), "%Y-%m-%dT%H:%M:%S")', {}, newYork)).toBe('2023-11-14T17:13:20');
    expect(ev('strftime(t, "%H:%M")', { t: '1660132103' })).toBe('11:48');
    expect(ev('strftime(t/pow(10,9), "%Y-%m-%dT%H:%M:%S.%Q")', { t: '1521467703049000000' })).toBe('2018-03-19T13:55:03.049');
  });

  it('is null for a time that is not a number', () => {
    expect(ev('strftime(t, "%H")', { t: 'noon' })).toBe(null);
    expect(ev('strftime(missing, "%H")')).toBe(null);
    expect(ev('strftime(1e20, "%H")')).toBe(null);
  });
});

describe('strptime', () => {
  it('parses the documented formats', () => {
    expect(ev('strptime(s, "%Y-%m-%d %H:%M:%S")', { s: '2022-08-13 11:22:33' })).toBe(utc(2022, 8, 13, 11, 22, 33));
    expect(ev('strptime(s, "%Y-%m-%dT%H:%M:%S.%N")', { s: '2022-07-23T17:19:01.89' })).toBe(utc(2022, 7, 23, 17, 19, 1) + 0.89);
    expect(ev('strptime(s, "%a %B %d %Y %H:%M:%S.%N")', { s: 'Sat July 23 2022 17:19:01.89' })).toBe(utc(2022, 7, 23, 17, 19, 1) + 0.89);
    expect(ev('strptime(s, "%a %m/%d/%Y %H:%M:%S.%N")', { s: 'Sat 7/23/2022 17:19:01.89' })).toBe(utc(2022, 7, 23, 17, 19, 1) + 0.89);
    expect(ev('strptime(s, "%a %b %d %H:%M:%S.%N %Y")', { s: 'Mon Aug 13 00:00:00.000 2018' })).toBe(utc(2018, 8, 13));
  });

  it('reads the wall time in the search zone, unless %z gives an offset', () => {
    expect(ev('strptime(s, "%Y-%m-%d %H:%M")', { s: '2024-07-04 12:00' }, newYork)).toBe(utc(2024, 7, 4, 16));
    expect(ev('strptime(s, "%Y-%m-%dT%H:%M:%S%z")', { s: '2024-01-02T03:04:05+0530' }, newYork)).toBe(utc(2024, 1, 1, 21, 34, 5));
    expect(ev('strptime(s, "%Y-%m-%dT%H:%M:%S%:z")', { s: '2024-01-02T03:04:05-01:00' })).toBe(utc(2024, 1, 2, 4, 4, 5));
    expect(ev('strptime(s, "%Y-%m-%d %H:%M %Z")', { s: '2024-01-02 03:04 UTC' }, newYork)).toBe(utc(2024, 1, 2, 3, 4));
  });

  it('resolves DST gaps forward and repeated times to the first', () => {
    expect(ev('strptime(s, "%Y-%m-%d %H:%M")', { s: '2024-03-10 02:30' }, newYork)).toBe(utc(2024, 3, 10, 7, 30));
    expect(ev('strptime(s, "%Y-%m-%d %H:%M")', { s: '2024-11-03 01:30' }, newYork)).toBe(utc(2024, 11, 3, 5, 30));
  });

  it('handles 12-hour clocks, two-digit years, epochs and day of year', () => {
    expect(ev('strptime(s, "%m/%d/%Y %I:%M:%S %p")', { s: '07/04/2024 01:05:00 PM' })).toBe(utc(2024, 7, 4, 13, 5));
    expect(ev('strptime(s, "%m/%d/%Y %I:%M %p")', { s: '07/04/2024 12:05 am' })).toBe(utc(2024, 7, 4, 0, 5));
    expect(ev('strptime(s, "%d/%m/%y")', { s: '05/06/24' })).toBe(utc(2024, 6, 5));
    expect(ev('strptime(s, "%d/%m/%y")', { s: '05/06/70' })).toBe(utc(1970, 6, 5));
    expect(ev('strptime(s, "%s")', { s: '1534143600' })).toBe(1534143600);
    expect(ev('strptime(s, "%Y-%j")', { s: '2024-060' })).toBe(utc(2024, 2, 29));
    expect(ev('strptime(s, "%F %T")', { s: '2024-02-29 23:59:59' })).toBe(utc(2024, 2, 29, 23, 59, 59));
  });

  it('takes today for a time of day alone', () => {
    expect(ev('strptime(s, "%H:%M")', { s: '11:59' })).toBe(utc(2023, 11, 14, 11, 59));
  });

  it('is null when the text does not fit the format', () => {
    expect(ev('strptime(s, "%Y-%m-%d")', { s: '2024/01/02' })).toBe(null);
    expect(ev('strptime(s, "%Y-%m")', { s: '2024-01' })).toBe(null);
    expect(ev('strptime(s, "%Y-%m-%d")', { s: '2023-02-29' })).toBe(null);
    expect(ev('strptime(s, "%H:%M")', { s: '25:00' })).toBe(null);
    expect(ev('strptime(missing, "%Y")')).toBe(null);
  });

  it('feeds relative_time as in ESCU', () => {
    expect(ev('relative_time(strptime(d, "%Y-%m-%d"), "+1d")', { d: '2024-02-28' })).toBe(utc(2024, 2, 29));
  });
});
