import { civilFromDays, daysFromCivil, daysInMonth } from '../time/civil.js';
import type { TimeZone } from '../time/zone.js';
import { fromWall, toWall } from './wall-clock.js';

/**
 * strptime(<str>,<format>) (https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/DateandTimeFunctions)
 * with the variables of "Date and time format variables". The wall time is read in the
 * search's zone unless %z/%Z gives an offset. "The strptime function doesn't work with
 * timestamps that consist of only a month and year. The timestamps must include a day": a
 * month without a day is null. With no date at all (format "%H:%M") the date is today's in
 * the zone, and a day and month without a year take this year [INF: as C's strptime leaves
 * them to the caller]. Text after the format's end is ignored [INF].
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAYS = /^(?:sun|mon|tue|wed|thu|fri|sat)[a-z]*/i;
const EXPAND: Readonly<Record<string, string>> = {
  T: '%H:%M:%S', F: '%Y-%m-%d', D: '%m/%d/%y', R: '%H:%M', r: '%I:%M:%S %p', x: '%m/%d/%Y', X: '%H:%M:%S',
  c: '%a %b %e %H:%M:%S %Y', h: '%b',
};
/** Default digits of the subsecond variables: %N nanoseconds, %Q milliseconds, %f microseconds. */
const SUBSECOND: Readonly<Record<string, number>> = { N: 9, Q: 3, f: 6 };

interface Fields {
  year?: number; month?: number; day?: number; yday?: number;
  hour: number; minute: number; second: number; fraction: number;
  pm?: boolean; twelve: boolean; offset?: number; epoch?: number;
}

export function strptime(text: string, format: string, zone: TimeZone, now: number): number | null {
  const f: Fields = { hour: 0, minute: 0, second: 0, fraction: 0, twelve: false };
  if (read(text, expand(format), f) === null) return null;
  if (f.epoch !== undefined) return f.epoch;
  if (f.twelve && f.pm !== undefined) f.hour = (f.hour % 12) + (f.pm ? 12 : 0);
  const today = civilFromDays(Math.floor(toWall(zone, now) / 86_400));
  if (f.month !== undefined && f.day === undefined) return null;
  const year = f.year ?? today.year;
  let days: number;
  if (f.yday !== undefined && f.month === undefined) {
    days = daysFromCivil(year, 1, 1) + f.yday - 1;
  } else {
    const month = f.month ?? (f.year === undefined ? today.month : 1);
    const day = f.day ?? (f.year === undefined ? today.day : 1);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    days = daysFromCivil(year, month, day);
  }
  if (f.hour > 23 || f.minute > 59 || f.second > 60) return null;
  const wall = days * 86_400 + f.hour * 3600 + f.minute * 60 + f.second;
  return (f.offset === undefined ? fromWall(zone, wall) : wall - f.offset) + f.fraction;
}

function expand(format: string): string {
  return format.replace(/%([TFDRrxXch])/g, (_, c: string) => EXPAND[c] ?? '');
}

/** Reads `text` against `format` into `f`; null when they do not match. */
function read(text: string, format: string, f: Fields): number | null {
  let at = 0;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] ?? '';
    if (/\s/.test(ch)) {
      while (at < text.length && /\s/.test(text[at] ?? '')) at++;
      continue;
    }
    if (ch !== '%') {
      if (text[at] !== ch) return null;
      at++;
      continue;
    }
    const spec = /^(\d?)(:{0,3}z|[A-Za-z%])/.exec(format.slice(i + 1));
    if (spec === null) return null;
    i += spec[0].length;
    const next = variable(spec[2] ?? '', Number(spec[1] || 0), text, at, f);
    if (next === null) return null;
    at = next;
  }
  return at;
}

/** One variable at `at`; the index after it, or null. */
function variable(code: string, width: number, text: string, at: number, f: Fields): number | null {
  const rest = text.slice(at);
  const digits = (max: number): [number, number] | null => {
    const m = new RegExp(`^ ?(\\d{1,${max}})`).exec(rest);
    return m === null ? null : [Number(m[1]), at + m[0].length];
  };
  const set = (max: number, assign: (n: number) => void): number | null => {
    const d = digits(max);
    if (d === null) return null;
    assign(d[0]);
    return d[1];
  };
  switch (code) {
    case 'Y': return set(4, (n) => (f.year = n));
    case 'y': return set(2, (n) => (f.year = n < 69 ? 2000 + n : 1900 + n));
    case 'm': return set(2, (n) => (f.month = n));
    case 'd': case 'e': return set(2, (n) => (f.day = n));
    case 'j': return set(3, (n) => (f.yday = n));
    case 'H': case 'k': return set(2, (n) => (f.hour = n));
    case 'I': case 'l': {
      f.twelve = true;
      return set(2, (n) => (f.hour = n));
    }
    case 'M': return set(2, (n) => (f.minute = n));
    case 'S': return set(2, (n) => (f.second = n));
    case 'N': case 'Q': case 'f': {
      const m = new RegExp(`^\\d{1,${width || (SUBSECOND[code] ?? 9)}}`).exec(rest);
      if (m === null) return null;
      f.fraction = Number(`0.${m[0]}`);
      return at + m[0].length;
    }
    case 's': {
      const m = /^[+-]?\d+(?:\.\d+)?/.exec(rest);
      if (m === null) return null;
      f.epoch = Number(m[0]);
      return at + m[0].length;
    }
    case 'p': {
      const m = /^([ap])\.?m\.?/i.exec(rest);
      if (m === null) return null;
      f.pm = (m[1] ?? '').toLowerCase() === 'p';
      return at + m[0].length;
    }
    case 'b': case 'B': {
      const lower = rest.toLowerCase();
      const full = MONTH_NAMES.findIndex((name) => lower.startsWith(name));
      const index = full >= 0 ? full : MONTHS.findIndex((name) => lower.startsWith(name));
      if (index < 0) return null;
      f.month = index + 1;
      return at + (full >= 0 ? (MONTH_NAMES[full] ?? '').length : 3);
    }
    case 'a': case 'A': {
      const m = DAYS.exec(rest);
      return m === null ? null : at + m[0].length;
    }
    case 'z': case ':z': case '::z': case ':::z': return offset(rest, at, f);
    case 'Z': {
      const m = /^(?:UTC|GMT|UT|Z)\b/i.exec(rest);
      if (m === null) return null;
      f.offset = 0;
      return at + m[0].length;
    }
    case '%': return rest.startsWith('%') ? at + 1 : null;
    case 'n': case 't': return at + (/^\s*/.exec(rest)?.[0].length ?? 0);
    default: return null;
  }
}

/** %z: "Z", or ±hh, ±hhmm, ±hh:mm. */
function offset(rest: string, at: number, f: Fields): number | null {
  if (/^z/i.test(rest)) {
    f.offset = 0;
    return at + 1;
  }
  const m = /^([+-])(\d{2}):?(\d{2})?/.exec(rest);
  if (m === null) return null;
  f.offset = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60);
  return at + m[0].length;
}
