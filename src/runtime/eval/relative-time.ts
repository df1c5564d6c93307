import { civilFromDays, daysFromCivil, weekdayOfDays } from '../time/civil.js';
import type { TimeZone } from '../time/zone.js';
import { fromWall, toWall } from './wall-clock.js';

/**
 * relative_time(<time>,<specifier>) specifiers, from "Time modifiers"
 * (https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/SearchTimeModifiers):
 * "[+|-]<time_integer><time_unit>@<time_unit>", chained ("@d-2h", "-mon@mon+7d"), applied
 * left to right ("the left-hand side of the @ symbol is applied before the right-hand side").
 * "When specifying single time amounts, the number one is implied."
 */

const DAY = 86_400;

/** Unit names from the doc's table, mapped to a canonical unit. */
const UNITS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    s: ['s', 'sec', 'secs', 'second', 'seconds'], m: ['m', 'min', 'mins', 'minute', 'minutes'],
    h: ['h', 'hr', 'hrs', 'hour', 'hours'], d: ['d', 'day', 'days'], w: ['w', 'week', 'weeks'],
    mon: ['mon', 'month', 'months'], q: ['q', 'qtr', 'qtrs', 'quarter', 'quarters'],
    y: ['y', 'yr', 'yrs', 'year', 'years'], us: ['us'], ms: ['ms'], cs: ['cs'], ds: ['ds'],
  }).flatMap(([unit, names]) => names.map((name) => [name, unit] as const)),
);

/** Elapsed seconds per unit for the units that are durations, not calendar steps. */
const SECONDS: Readonly<Record<string, number>> = { us: 1e-6, ms: 1e-3, cs: 1e-2, ds: 0.1, s: 1, m: 60, h: 3600 };

const TERM = /^(?:@([a-z]+)([0-7])?|([+-])(\d*)([a-z]+))/i;

/** `epoch` moved by `specifier` in `zone`; null when the specifier is not one. */
export function relativeTime(epoch: number, specifier: string, zone: TimeZone): number | null {
  if (!Number.isFinite(epoch)) return null;
  if (specifier.trim().toLowerCase() === 'now') return epoch;
  let t = epoch;
  let rest = specifier.trim();
  if (rest === '') return null;
  while (rest !== '') {
    const m = TERM.exec(rest);
    if (m === null) return null;
    rest = rest.slice(m[0].length);
    const unit = UNITS.get((m[1] ?? m[5] ?? '').toLowerCase());
    if (unit === undefined) return null;
    if (m[1] !== undefined) {
      if (m[2] !== undefined && unit !== 'w') return null;
      t = snap(t, unit, m[2] === undefined ? 0 : Number(m[2]) % 7, zone);
    } else {
      const amount = (m[3] === '-' ? -1 : 1) * (m[4] === '' ? 1 : Number(m[4]));
      t = shift(t, amount, unit, zone);
    }
  }
  return Number.isFinite(t) ? t : null;
}

/**
 * Seconds to hours are elapsed time; days and weeks keep the wall-clock time across a DST
 * change, and months, quarters and years step the calendar month, carrying a day past the
 * month's end into the next month as C's mktime does (Jan 31 +1mon is Mar 2 or 3) [INF].
 */
export function shift(t: number, amount: number, unit: string, zone: TimeZone): number {
  const seconds = SECONDS[unit];
  if (seconds !== undefined) return t + amount * seconds;
  const wall = toWall(zone, t);
  if (unit === 'd' || unit === 'w') return fromWall(zone, wall + amount * (unit === 'w' ? 7 : 1) * DAY);
  const months = amount * (unit === 'mon' ? 1 : unit === 'q' ? 3 : 12);
  const days = Math.floor(wall / DAY);
  const date = civilFromDays(days);
  const total = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(total / 12);
  const shifted = daysFromCivil(year, total - year * 12 + 1, 1) + date.day - 1;
  return fromWall(zone, shifted * DAY + (wall - days * DAY));
}

/**
 * "Splunk software always snaps backwards or rounds down to the latest time not after the
 * specified time." Seconds to hours round down within the current UTC offset (so 01:30 in
 * the repeated hour snaps to 01:00 of the same offset); days and longer snap to local
 * midnight of the day, the week's day (w0-w6, "w0 or w7" Sunday), month, quarter, year.
 */
function snap(t: number, unit: string, weekday: number, zone: TimeZone): number {
  const seconds = SECONDS[unit];
  const wall = toWall(zone, t);
  if (seconds !== undefined) return t - (wall - Math.floor(wall / seconds) * seconds);
  const days = Math.floor(wall / DAY);
  const date = civilFromDays(days);
  let day: number;
  switch (unit) {
    case 'd': day = days; break;
    case 'w': day = days - ((weekdayOfDays(days) - weekday + 7) % 7); break;
    case 'mon': day = daysFromCivil(date.year, date.month, 1); break;
    case 'q': day = daysFromCivil(date.year, Math.floor((date.month - 1) / 3) * 3 + 1, 1); break;
    default: day = daysFromCivil(date.year, 1, 1); break;
  }
  return fromWall(zone, day * DAY);
}
