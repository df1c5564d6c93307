import { describe, expect, it } from 'vitest';
import { DEFAULT_CTIME_FORMAT, formatSplunkTime, isFormattableEpoch } from '../../src/runtime/time/strftime.js';
import { resolveTimeZone } from '../../src/runtime/time/zone.js';

const utc = resolveTimeZone('UTC');
const newYork = resolveTimeZone('America/New_York');
const kolkata = resolveTimeZone('Asia/Kolkata');
const lordHowe = resolveTimeZone('Australia/Lord_Howe');

/** Thu 2019-07-18 09:30:00.123456 UTC (Splunk's own %c example instant), seen from four zones. */
const INSTANT = 1563442200.123456;

// Expected values cross-checked against glibc strftime (Python/zoneinfo) for the C-library variables.
// Columns: UTC, America/New_York (EDT), Asia/Kolkata (IST), Australia/Lord_Howe (LHST, +10:30).
const VARIABLES: readonly (readonly [string, string, string, string, string])[] = [
  ['%Y', '2019', '2019', '2019', '2019'],
  ['%y', '19', '19', '19', '19'],
  ['%m', '07', '07', '07', '07'],
  ['%d', '18', '18', '18', '18'],
  ['%e', '18', '18', '18', '18'],
  ['%j', '199', '199', '199', '199'],
  ['%H', '09', '05', '15', '20'],
  ['%I', '09', '05', '03', '08'],
  ['%k', ' 9', ' 5', '15', '20'],
  ['%M', '30', '30', '00', '00'],
  ['%S', '00', '00', '00', '00'],
  ['%p', 'AM', 'AM', 'PM', 'PM'],
  ['%a', 'Thu', 'Thu', 'Thu', 'Thu'],
  ['%A', 'Thursday', 'Thursday', 'Thursday', 'Thursday'],
  ['%b', 'Jul', 'Jul', 'Jul', 'Jul'],
  ['%B', 'July', 'July', 'July', 'July'],
  ['%F', '2019-07-18', '2019-07-18', '2019-07-18', '2019-07-18'],
  ['%T', '09:30:00', '05:30:00', '15:00:00', '20:00:00'],
  ['%z', '+0000', '-0400', '+0530', '+1030'],
  ['%:z', '+00:00', '-04:00', '+05:30', '+10:30'],
  ['%::z', '+00:00:00', '-04:00:00', '+05:30:00', '+10:30:00'],
  ['%:::z', '+00', '-04', '+05:30', '+10:30'],
  ['%Z', 'UTC', 'EDT', 'IST', 'LHST'],
  ['%s', '1563442200', '1563442200', '1563442200', '1563442200'],
  ['%N', '123456000', '123456000', '123456000', '123456000'],
  ['%3N', '123', '123', '123', '123'],
  ['%6N', '123456', '123456', '123456', '123456'],
  ['%9N', '123456000', '123456000', '123456000', '123456000'],
  ['%Q', '123', '123', '123', '123'],
  ['%3Q', '123', '123', '123', '123'],
  ['%6Q', '123456', '123456', '123456', '123456'],
  ['%9Q', '123456000', '123456000', '123456000', '123456000'],
  ['%f', '123456', '123456', '123456', '123456'],
  ['%c', 'Thu Jul 18 09:30:00 2019', 'Thu Jul 18 05:30:00 2019', 'Thu Jul 18 15:00:00 2019', 'Thu Jul 18 20:00:00 2019'],
  ['%+', 'Thu Jul 18 09:30:00 UTC 2019', 'Thu Jul 18 05:30:00 EDT 2019', 'Thu Jul 18 15:00:00 IST 2019', 'Thu Jul 18 20:00:00 LHST 2019'],
  ['%x', '07/18/2019', '07/18/2019', '07/18/2019', '07/18/2019'],
  ['%X', '09:30:00', '05:30:00', '15:00:00', '20:00:00'],
  ['%w', '4', '4', '4', '4'],
  ['%U', '28', '28', '28', '28'],
  ['%V', '29', '29', '29', '29'],
  ['%%', '%', '%', '%', '%'],
];

describe('formatSplunkTime: every variable', () => {
  const zones = [utc, newYork, kolkata, lordHowe] as const;
  zones.forEach((zone, column) => {
    it.each(VARIABLES.map((row) => [row[0], row[column + 1]] as const))(`${zone.name} %s`, (variable, expected) => {
      expect(formatSplunkTime(INSTANT, variable, zone)).toBe(expected);
    });
  });

  it('pads %e and %k with a space, %I is 12 at midnight', () => {
    expect(formatSplunkTime(0, '[%e] [%k] [%I%p] [%j] [%U] [%V] [%w]', utc)).toBe('[ 1] [ 0] [12AM] [001] [00] [01] [4]');
    expect(formatSplunkTime(0, '%c', utc)).toBe('Thu Jan  1 00:00:00 1970');
    expect(formatSplunkTime(1699200000, '%I:%M %p', newYork)).toBe('11:00 AM');
    expect(formatSplunkTime(1699218000, '%I:%M %p %k', newYork)).toBe('04:00 PM 16');
  });

  it('numbers weeks at year boundaries like C strftime (%U) and ISO 8601 (%V)', () => {
    expect(formatSplunkTime(1609675200, '%F %a %U %V %j', utc)).toBe('2021-01-03 Sun 01 53 003');
    expect(formatSplunkTime(1609459199, '%F %a %U %V %j', utc)).toBe('2020-12-31 Thu 52 53 366');
    expect(formatSplunkTime(1798761600, '%F %a %U %V', utc)).toBe('2027-01-01 Fri 00 53');
    expect(formatSplunkTime(1735516800, '%F %a %U %V', utc)).toBe('2024-12-30 Mon 52 01');
    expect(formatSplunkTime(951829509, '%F %T %j', utc)).toBe('2000-02-29 13:05:09 060');
  });
});

describe('formatSplunkTime: zones and DST', () => {
  const format = '%F %T %z %Z';
  it('America/New_York on both sides of spring-forward and fall-back', () => {
    expect(formatSplunkTime(1710053999, format, newYork)).toBe('2024-03-10 01:59:59 -0500 EST');
    expect(formatSplunkTime(1710054000, format, newYork)).toBe('2024-03-10 03:00:00 -0400 EDT');
    expect(formatSplunkTime(1699163999, format, newYork)).toBe('2023-11-05 01:59:59 -0400 EDT');
    expect(formatSplunkTime(1699164000, format, newYork)).toBe('2023-11-05 01:00:00 -0500 EST');
  });

  it('Australia/Lord_Howe and its 30-minute DST', () => {
    expect(formatSplunkTime(1696087799, format, lordHowe)).toBe('2023-10-01 01:59:59 +1030 LHST');
    expect(formatSplunkTime(1696087800, format, lordHowe)).toBe('2023-10-01 02:30:00 +1100 LHDT');
    expect(formatSplunkTime(1712415599, '%F %T %:::z', lordHowe)).toBe('2024-04-07 01:59:59 +11');
    expect(formatSplunkTime(1712415600, '%F %T %:::z', lordHowe)).toBe('2024-04-07 01:30:00 +10:30');
  });

  it('Asia/Kolkata crosses the date line of UTC', () => {
    expect(formatSplunkTime(1602613800, '%F %T %:z', kolkata)).toBe('2020-10-14 00:00:00 +05:30');
    expect(formatSplunkTime(1602613799, '%F %T', kolkata)).toBe('2020-10-13 23:59:59');
  });

  it('keeps the seconds of historical local-mean-time offsets', () => {
    expect(formatSplunkTime(-3786825600, '%F %T %z %::z %:::z', newYork)).toBe('1849-12-31 19:03:58 -0456 -04:56:02 -04:56:02');
    // Asia/Kolkata's 1906 switch from +5:21:10 to +5:30 falls between 15-minute UTC marks.
    expect(formatSplunkTime(-2019705670, '%F %T %::z', kolkata)).toBe('1906-01-01 00:08:50 +05:30:00');
    expect(formatSplunkTime(-2019705671, '%F %T %::z', kolkata)).toBe('1905-12-31 23:59:59 +05:21:10');
  });
});

describe('formatSplunkTime: formats and values', () => {
  it('formats the ESCU timestamp format and the ctime default', () => {
    expect(formatSplunkTime(1602633600, '%Y-%m-%dT%H:%M:%S', utc)).toBe('2020-10-14T00:00:00');
    expect(DEFAULT_CTIME_FORMAT).toBe('%m/%d/%Y %H:%M:%S');
    expect(formatSplunkTime(1602633600, DEFAULT_CTIME_FORMAT, utc)).toBe('10/14/2020 00:00:00');
    expect(formatSplunkTime(1602633600, DEFAULT_CTIME_FORMAT, newYork)).toBe('10/13/2020 20:00:00');
  });

  it('truncates subseconds instead of rounding', () => {
    expect(formatSplunkTime(1602633600.9999, '%S', utc)).toBe('00');
    expect(formatSplunkTime(1602633600.9999, '%S.%3N|%6N|%9N|%Q|%f', utc)).toBe('00.999|999900|999900000|999|999900');
    expect(formatSplunkTime(1602633600.999999, '%T.%3N', utc)).toBe('00:00:00.999');
    expect(formatSplunkTime(0.0005, '%3N %6N %N', utc)).toBe('000 000500 000500000');
    expect(formatSplunkTime(1602633600, '%3N %6N %9N', utc)).toBe('000 000000 000000000');
    expect(formatSplunkTime(1.5, '%1N %2N %4Q %5N %7N %8N', utc)).toBe('5 50 5000 50000 5000000 50000000');
  });

  it('formats negative and fractional epochs', () => {
    expect(formatSplunkTime(-1, '%F %T %s', utc)).toBe('1969-12-31 23:59:59 -1');
    expect(formatSplunkTime(-1.25, '%F %T.%3N %s', utc)).toBe('1969-12-31 23:59:58.750 -2');
    expect(formatSplunkTime(-5e-8, '%T.%9N', utc)).toBe('23:59:59.999999950');
    expect(formatSplunkTime(1e-7, '%T.%9N', utc)).toBe('00:00:00.000000100');
    expect(formatSplunkTime(-2208988800, '%F %a %U %V', utc)).toBe('1900-01-01 Mon 00 01');
    expect(formatSplunkTime(-62135596800, '%Y-%m-%d', utc)).toBe('0001-01-01');
    expect(formatSplunkTime(-62135596801, '%Y %y %C', utc)).toBe('0000 00 00');
    expect(formatSplunkTime(-62198755200, '%Y-%m-%d', utc)).toBe('-0001-01-01');
  });

  it('emits unknown variables and text unchanged', () => {
    expect(formatSplunkTime(0, '%q', utc)).toBe('%q');
    expect(formatSplunkTime(0, '100% %Y%', utc)).toBe('100% 1970%');
    expect(formatSplunkTime(0, '%5x %:x %::: %0N %Ez', utc)).toBe('%5x %:x %::: %0N %Ez');
    expect(formatSplunkTime(0, 'plain text', utc)).toBe('plain text');
    expect(formatSplunkTime(0, '', utc)).toBe('');
    expect(formatSplunkTime(0, '%%Y=%Y %%%%', utc)).toBe('%Y=1970 %%');
  });

  it('accepts the C-library extras', () => {
    expect(formatSplunkTime(INSTANT, '%D|%R|%r|%h|%u|%l|%P|%C|%G|%g|%W|%n|%t', utc)).toBe(
      '07/18/19|09:30|09:30:00 AM|Jul|4| 9|am|20|2019|19|28|\n|\t',
    );
    expect(formatSplunkTime(1609675200, '%G-W%V-%u %g', utc)).toBe('2020-W53-7 20');
  });

  it('refuses values outside the Date range', () => {
    expect(isFormattableEpoch(8.64e12)).toBe(true);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 8.64e12 + 1, -8.64e12 - 1]) {
      expect(isFormattableEpoch(bad)).toBe(false);
      expect(() => formatSplunkTime(bad, '%Y', utc)).toThrow(RangeError);
    }
    expect(formatSplunkTime(8.64e12, '%Y-%m-%d %z', newYork)).toBe('275760-09-12 -0400');
    expect(formatSplunkTime(-8.64e12, '%Y-%m-%d %T', utc)).toBe('-271821-04-20 00:00:00');
  });
});
