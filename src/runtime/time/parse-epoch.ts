import { daysFromCivil, daysInMonth, SECONDS_PER_DAY } from './civil.js';

/**
 * Reads a `_time` value from ingested data as epoch seconds, or null if it is neither form:
 *
 * - epoch seconds: `1602633600`, `-86400`, `+1.5`, `1602633600.123`, `.5` (no exponents, no
 *   "Infinity"/"NaN"; exponent forms are not how logs write timestamps);
 * - ISO 8601 / RFC 3339: `2024-01-02T03:04:05Z`, `2024-01-02 03:04:05.123+05:30`, offsets
 *   `Z`, `+hh:mm`, `+hhmm`, `+hh`; seconds optional (`2024-01-02T03:04`); fraction after `.` or `,`;
 *   `T`/`Z` in either case. A date alone is midnight UTC.
 *
 * A date-time without an offset is read as UTC, not the system zone: ingest must be
 * reproducible across machines, and detection fixtures are written in UTC.
 *
 * Surrounding whitespace is ignored. Field ranges are checked (month 13, Feb 30, hour 24,
 * second 60 are rejected: `_time` has no leap seconds).
 */
export function parseEpoch(text: string): number | null {
  const trimmed = text.trim();
  if (EPOCH.test(trimmed)) {
    const value = Number(trimmed);
    return Number.isFinite(value) ? value : null;
  }
  return parseIso(trimmed);
}

const EPOCH = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?)?$/;

function parseIso(text: string): number | null {
  const match = ISO.exec(text);
  if (match === null) return null;
  const [, y, mo, d, h, mi, s, fraction, zulu, sign, oh, om] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const second = Number(s ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offsetSeconds = 0;
  if (zulu === undefined && sign !== undefined) {
    const offsetHours = Number(oh);
    const offsetMinutes = Number(om ?? 0);
    if (offsetHours > 23 || offsetMinutes > 59) return null;
    offsetSeconds = (sign === '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
  }
  const wall = daysFromCivil(year, month, day) * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second;
  const whole = wall - offsetSeconds;
  // Join the fraction as decimal text so the result is the double nearest the written value
  // (1602633600.1 stays 1602633600.1, not 1602633600 + 0.1 rounded twice).
  return fraction === undefined ? whole : fractionalEpoch(whole, fraction);
}

function fractionalEpoch(whole: number, fraction: string): number {
  if (whole >= 0) return Number(`${whole}.${fraction}`);
  // Before 1970: whole + 0.f = -((|whole| - 1) + (1 - 0.f)); take 1 - 0.f exactly in decimal.
  const digits = BigInt(fraction);
  if (digits === 0n) return whole;
  const complement = (10n ** BigInt(fraction.length) - digits).toString().padStart(fraction.length, '0');
  return -Number(`${-whole - 1}.${complement}`);
}
