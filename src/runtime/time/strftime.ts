import { civilFromDays, daysFromCivil, SECONDS_PER_DAY, weekdayOfDays } from './civil.js';
import { compileFormat, type FieldToken } from './strftime-compile.js';
import { subsecondDigits } from './subseconds.js';
import type { TimeZone } from './zone.js';

/** `convert ctime()`'s documented default format. */
export const DEFAULT_CTIME_FORMAT = '%m/%d/%Y %H:%M:%S';

/** ECMAScript's (and so Intl's) time range, in seconds. */
const MAX_EPOCH_SECONDS = 8.64e12;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Whether {@link formatSplunkTime} can format the value: finite and within ±8.64e12 s (Date's range). */
export function isFormattableEpoch(epochSeconds: number): boolean {
  return Number.isFinite(epochSeconds) && Math.abs(epochSeconds) <= MAX_EPOCH_SECONDS;
}

/** The instant broken down into wall-clock fields in one zone. */
interface Moment {
  readonly epochSeconds: number;
  readonly whole: number;
  readonly zone: TimeZone;
  readonly offsetSeconds: number;
  readonly days: number;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly secondOfDay: number;
  readonly weekday: number;
}

/**
 * Formats an epoch (seconds, may be negative or fractional) with Splunk's strftime variables in `zone`.
 * Whole seconds are `Math.floor(epochSeconds)`; subseconds are truncated, never rounded.
 * Unknown variables are emitted unchanged.
 * @throws RangeError when `!isFormattableEpoch(epochSeconds)`; callers decide what that means (null, skip).
 */
export function formatSplunkTime(epochSeconds: number, format: string, zone: TimeZone): string {
  if (!isFormattableEpoch(epochSeconds)) throw new RangeError(`epoch ${epochSeconds} is outside the formattable range`);
  const tokens = compileFormat(format);
  const whole = Math.floor(epochSeconds);
  // Offsets can carry seconds (local mean time), so round the minutes back to whole seconds.
  const offsetSeconds = Math.round(zone.offsetMinutes(whole * 1000) * 60);
  const local = whole + offsetSeconds;
  const days = Math.floor(local / SECONDS_PER_DAY);
  const date = civilFromDays(days);
  const moment: Moment = {
    epochSeconds, whole, zone, offsetSeconds, days,
    year: date.year, month: date.month, day: date.day,
    secondOfDay: local - days * SECONDS_PER_DAY,
    weekday: weekdayOfDays(days),
  };
  let out = '';
  for (const token of tokens) out += typeof token === 'string' ? token : renderField(token, moment);
  return out;
}

function renderField(token: FieldToken, m: Moment): string {
  const hour = Math.floor(m.secondOfDay / 3600);
  switch (token.code) {
    case 'Y': return year4(m.year);
    case 'y': return pad2(mod(m.year, 100));
    case 'C': return pad2(Math.floor(m.year / 100));
    case 'G': return year4(isoWeek(m).year);
    case 'g': return pad2(mod(isoWeek(m).year, 100));
    case 'm': return pad2(m.month);
    case 'd': return pad2(m.day);
    case 'e': return String(m.day).padStart(2, ' ');
    case 'j': return String(dayOfYear(m) + 1).padStart(3, '0');
    case 'H': return pad2(hour);
    case 'k': return String(hour).padStart(2, ' ');
    case 'I': return pad2(hour12(hour));
    case 'l': return String(hour12(hour)).padStart(2, ' ');
    case 'M': return pad2(Math.floor(m.secondOfDay / 60) % 60);
    case 'S': return pad2(m.secondOfDay % 60);
    case 'p': return hour < 12 ? 'AM' : 'PM';
    case 'P': return hour < 12 ? 'am' : 'pm';
    case 'a': return WEEKDAYS[m.weekday].slice(0, 3);
    case 'A': return WEEKDAYS[m.weekday];
    case 'b': return MONTHS[m.month - 1].slice(0, 3);
    case 'B': return MONTHS[m.month - 1];
    case 'w': return String(m.weekday);
    case 'u': return String(m.weekday === 0 ? 7 : m.weekday);
    // %U: weeks starting Sunday, days before the first Sunday are week 00 (C strftime).
    case 'U': return pad2(Math.floor((dayOfYear(m) + 7 - m.weekday) / 7));
    case 'W': return pad2(Math.floor((dayOfYear(m) + 7 - ((m.weekday + 6) % 7)) / 7));
    case 'V': return pad2(isoWeek(m).week);
    case 's': return String(m.whole);
    case 'Z': return m.zone.abbreviation(m.whole * 1000);
    case 'z': return offset(m.offsetSeconds, '', false);
    case ':z': return offset(m.offsetSeconds, ':', false);
    case '::z': return offset(m.offsetSeconds, ':', true);
    case ':::z': return minimalOffset(m.offsetSeconds);
    case 'N': return subsecondDigits(m.epochSeconds).slice(0, token.digits);
  }
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function mod(n: number, d: number): number {
  return ((n % d) + d) % d;
}

/** At least four digits, sign first for years before 1 BC (ISO 8601 style). */
function year4(year: number): string {
  return year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
}

function hour12(hour: number): number {
  return hour % 12 === 0 ? 12 : hour % 12;
}

/** 0-based day of the year. */
function dayOfYear(m: Moment): number {
  return m.days - daysFromCivil(m.year, 1, 1);
}

/** ISO 8601 week: weeks start Monday; week 1 holds the year's first Thursday. */
function isoWeek(m: Moment): { year: number; week: number } {
  const isoWeekday = m.weekday === 0 ? 7 : m.weekday;
  const week = Math.floor((dayOfYear(m) + 1 - isoWeekday + 10) / 7);
  if (week < 1) return { year: m.year - 1, week: isoWeeksIn(m.year - 1) };
  if (week > isoWeeksIn(m.year)) return { year: m.year + 1, week: 1 };
  return { year: m.year, week };
}

function isoWeeksIn(year: number): number {
  const jan1Shift = (y: number): number => mod(y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400), 7);
  return jan1Shift(year) === 4 || jan1Shift(year - 1) === 3 ? 53 : 52;
}

function offsetParts(offsetSeconds: number): { sign: string; h: string; m: string; s: string; minutes: number; seconds: number } {
  const abs = Math.abs(offsetSeconds);
  const minutes = Math.floor(abs / 60) % 60;
  const seconds = abs % 60;
  return { sign: offsetSeconds < 0 ? '-' : '+', h: pad2(Math.floor(abs / 3600)), m: pad2(minutes), s: pad2(seconds), minutes, seconds };
}

/** %z (+hhmm), %:z (+hh:mm), %::z (+hh:mm:ss); seconds are dropped unless asked for, as in GNU date. */
function offset(offsetSeconds: number, separator: string, withSeconds: boolean): string {
  const p = offsetParts(offsetSeconds);
  return `${p.sign}${p.h}${separator}${p.m}${withSeconds ? `${separator}${p.s}` : ''}`;
}

/** %:::z: GNU date's "only as precise as needed": -05, +05:30, -04:56:02. */
function minimalOffset(offsetSeconds: number): string {
  const p = offsetParts(offsetSeconds);
  if (p.seconds !== 0) return `${p.sign}${p.h}:${p.m}:${p.s}`;
  return p.minutes !== 0 ? `${p.sign}${p.h}:${p.m}` : `${p.sign}${p.h}`;
}
