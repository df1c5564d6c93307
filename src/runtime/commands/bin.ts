import type { BinCommand, CommandOption } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import { scalarText, valuesOf, type Row, type Scalar, type Table } from '../../values/value.js';
import { numberOf, tidy } from '../collate.js';
import { checkOptions, findOption } from '../options.js';
import { civilFromDays, daysFromCivil, SECONDS_PER_DAY } from '../time/civil.js';
import type { TimeZone } from '../time/zone.js';

type Span =
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

/**
 * bin (bucket) span=… field [as new]: puts each value in a bin of the given
 * size. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Bin
 * - A plain number span on any field but `_time` gives the bin as "low-high"
 *   text, e.g. span=10 puts 15 in "10-20".
 * - A time span (s, m, h, d, w, mon, q, y; or a plain number on `_time`, in
 *   seconds) gives the bin's start as epoch seconds. Bins are aligned in the
 *   search's time zone: days start at local midnight, months on the 1st
 *   (span=1d gives "day boundaries", Timechart docs "Bin time spans and local
 *   time"); second/minute/hour bins are aligned on local clock time [INF]; an
 *   N-day or week span counts days from 1970-01-01 (so weeks start on a
 *   Thursday) [INF]; N months count from January 1970.
 * - A value that is not a number is left as it is (no new field with AS) [INF].
 * bins=, minspan=, start=, end=, aligntime=, log spans and subsecond spans are refused.
 */
export function applyBin(table: Table, cmd: BinCommand, zone: TimeZone): Table {
  checkOptions(cmd.kind, cmd.options, ['span']);
  const spanOption = findOption(cmd.options, 'span');
  if (spanOption === undefined) throw errorAt('unsupported', `unsupported: ${cmd.kind} without span= (automatic bins)`, cmd.span);
  const span = parseSpan(spanOption, cmd.field.text === '_time');
  const source = cmd.field.text;
  const target = cmd.as?.text ?? source;
  const binOne = (v: Scalar): Scalar | undefined => {
    const n = numberOf(v);
    if (n === undefined) return target === source ? v : undefined;
    return span.kind === 'number' ? rangeLabel(n, span.size) : timeBin(n, span, zone);
  };
  let created = false;
  const rows = table.rows.map((row) => {
    const values = valuesOf(row.get(source)).flatMap((v) => binOne(v) ?? []);
    if (values.length === 0) return row;
    created = true;
    const out: Row = new Map(row);
    return out.set(target, values.length === 1 ? values[0]! : values);
  });
  const fields = created && !table.fields.includes(target) ? [...table.fields, target] : table.fields;
  return { fields, rows };
}

function parseSpan(option: CommandOption, isTime: boolean): Span {
  const text = option.value.text.trim();
  const m = /^(\d+(?:\.\d+)?)?([A-Za-z]*)$/.exec(text);
  const bad = (why: string) => errorAt('unsupported', `unsupported: bin span=${text} (${why})`, option.value.span);
  if (m === null) throw bad('not a number or time span');
  const size = m[1] === undefined ? 1 : Number(m[1]);
  if (size <= 0) throw errorAt('invalid-argument', `bin span= must be positive, not ${text}`, option.value.span);
  const unit = (m[2] ?? '').toLowerCase();
  if (unit === '') return isTime ? { kind: 'seconds', size } : { kind: 'number', size };
  const found = UNITS.find(([names]) => names.includes(unit));
  if (found === undefined) throw bad(['ms', 'us', 'cs', 'ds'].includes(unit) ? 'subsecond spans' : `unknown unit ${m[2]}`);
  if (!Number.isInteger(size)) throw errorAt('invalid-argument', `bin span=${text}: a time span needs a whole number`, option.value.span);
  return { kind: found[1], size: size * found[2] };
}

function rangeLabel(n: number, size: number): string {
  const low = tidy(Math.floor(n / size) * size);
  return `${scalarText(low)}-${scalarText(tidy(low + size))}`;
}

function timeBin(t: number, span: Span, zone: TimeZone): number {
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
