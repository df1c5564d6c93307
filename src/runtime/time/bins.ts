import type { SearchValue } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import { civilFromDays, daysFromCivil, SECONDS_PER_DAY } from './civil.js';
import type { TimeZone } from './zone.js';

/** Time and number bins, shared by bin/bucket and tstats `by _time span=…`. */
export type Span =
  | { readonly kind: 'number'; readonly size: number }
  | { readonly kind: 'seconds' | 'days' | 'months'; readonly size: number };

const UNITS: ReadonlyArray<readonly [readonly string[], 'seconds' | 'days' | 'months', number]> = [
  [['s', 'sec', 'secs', 'second', 'seconds'], 'seconds', 1],
  [['m', 'min', 'mins', 'minute', 'minutes'], 'seconds', 60],
  [['h', 'hr', 'hrs', 'hour', 'hours'], 'seconds', 3600],
  [['d', 'day', 'days'], 'days', 1],
  [['w', 'week', 'weeks'], 'days', 7],
  [['mon', 'month', 'months'], 'months', 1],
  [['q', 'qtr', 'qtrs', 'quarter', 'quarters'], 'months', 3],
  [['y', 'yr', 'yrs', 'year', 'years'], 'months', 12],
];

/** `span=` text: a number, or a time span such as 10s, 5m, 1h, 1d, 1w, 1mon, 1q, 1y. */
export function parseSpan(value: SearchValue, isTime: boolean, command: string): Span {
  const text = value.text.trim();
  const m = /^(\d+(?:\.\d+)?)?([A-Za-z]*)$/.exec(text);
  const bad = (why: string) => errorAt('unsupported', `unsupported: ${command} span=${text} (${why})`, value.span);
  if (m === null) throw bad('not a number or time span');
  const size = m[1] === undefined ? 1 : Number(m[1]);
  if (size <= 0) throw errorAt('invalid-argument', `${command} span= must be positive, not ${text}`, value.span);
  const unit = (m[2] ?? '').toLowerCase();
  if (unit === '') return isTime ? { kind: 'seconds', size } : { kind: 'number', size };
  const found = UNITS.find(([names]) => names.includes(unit));
  if (found === undefined) throw bad(['ms', 'us', 'cs', 'ds'].includes(unit) ? 'subsecond spans' : `unknown unit ${m[2]}`);
  if (!Number.isInteger(size)) throw errorAt('invalid-argument', `${command} span=${text}: a time span needs a whole number`, value.span);
  return { kind: found[1], size: size * found[2] };
}

/** The start of the time bin holding `t`, aligned on the local clock of `zone` (see applyBin). */
export function timeBin(t: number, span: Span, zone: TimeZone): number {
  const local = t + offsetSeconds(zone, t);
  let start: number;
  if (span.kind === 'seconds') {
    start = Math.floor(local / span.size) * span.size;
  } else if (span.kind === 'days') {
    start = Math.floor(Math.floor(local / SECONDS_PER_DAY) / span.size) * span.size * SECONDS_PER_DAY;
  } else {
    const date = civilFromDays(Math.floor(local / SECONDS_PER_DAY));
    const months = Math.floor(((date.year - 1970) * 12 + date.month - 1) / span.size) * span.size;
    start = daysFromCivil(1970 + Math.floor(months / 12), (((months % 12) + 12) % 12) + 1, 1) * SECONDS_PER_DAY;
  }
  return toUtc(start, zone);
}

function offsetSeconds(zone: TimeZone, epochSeconds: number): number {
  return Math.round(zone.offsetMinutes(epochSeconds * 1000) * 60);
}

/** The instant whose local clock reads `local` (the later offset wins across a DST change). */
function toUtc(local: number, zone: TimeZone): number {
  const guess = local - offsetSeconds(zone, local);
  return local - offsetSeconds(zone, guess);
}
