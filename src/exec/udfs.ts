import type Database from 'better-sqlite3';
import { ipInRange, parseCidr, type CidrRange } from '../values/ip.js';
import { isNumericText, matchesCaseInsensitive, splunkCompare } from '../values/match.js';
import { parseSpan, timeBin, type Span } from '../runtime/time/bins.js';
import type { TimeZone } from '../runtime/time/zone.js';
import { compareBytes } from '../runtime/collate.js';
import { ExactSum } from './exact-sum.js';

type SqlArg = string | number | bigint | Buffer | null;

/**
 * Functions SQLite lacks, registered on every connection. Each returns NULL for
 * a NULL (missing) input so the SQL printer's NULL-means-no-match rule holds.
 */
export function registerUdfs(db: Database.Database): void {
  const ranges = new Map<string, CidrRange | null>();
  db.function('splice_cidrmatch', { deterministic: true }, (cidr: SqlArg, value: SqlArg) => {
    if (value === null || typeof cidr !== 'string') return null;
    let range = ranges.get(cidr);
    if (range === undefined) {
      range = parseCidr(cidr);
      ranges.set(cidr, range);
    }
    return range !== null && ipInRange(String(value), range) ? 1 : 0;
  });
  db.function('splice_match_ci', { deterministic: true }, (value: SqlArg, pattern: SqlArg) =>
    value === null || pattern === null ? null : matchesCaseInsensitive(String(value), String(pattern)) ? 1 : 0,
  );
  db.function('splice_compare', { deterministic: true }, (value: SqlArg, other: SqlArg) =>
    value === null || other === null ? null : splunkCompare(asScalar(value), asScalar(other)),
  );
  db.function('splice_num', { deterministic: true }, (value: SqlArg) => numberOf(value));
  registerAggregates(db);
}

function asScalar(value: SqlArg): string | number {
  return typeof value === 'number' || typeof value === 'string' ? value : String(value);
}

function numberOf(value: SqlArg): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && isNumericText(value)) return Number(value);
  return null;
}

interface Pick {
  time: number;
  value: SqlArg;
}

/** better-sqlite3's typings allow one step argument; SQLite passes as many as the call has. */
interface AggregateSpec<S> {
  readonly start: () => S;
  readonly step: (acc: S, ...args: SqlArg[]) => S;
  readonly result: (acc: S) => SqlArg;
}
interface AggregateRegistrar {
  aggregate<S>(name: string, spec: AggregateSpec<S>): void;
}

/**
 * earliest/latest(x): the value at the oldest/newest _time; min/max: numeric when possible, else lexicographic.
 * Ties go to the value first in byte order [INF: Splunk does not say], so no engine's row order can change a result.
 * better-sqlite3 takes an aggregate's SQL arity from `step.length - 1`, and a parameter with a default
 * does not count in `length`, so step parameters must not have defaults.
 */
function registerAggregates(database: Database.Database): void {
  const db = database as unknown as AggregateRegistrar;
  const byTime = (later: boolean) => ({
    start: (): Pick | null => null,
    step: (acc: Pick | null, time: SqlArg, value: SqlArg): Pick | null => {
      if (value === null || typeof time !== 'number') return acc;
      if (acc === null || (later ? time > acc.time : time < acc.time)) return { time, value };
      // A tie keeps the value first in byte order, not the first row read: engines read rows in their own order.
      if (time === acc.time && compareBytes(String(value), String(acc.value)) < 0) return { time, value };
      return acc;
    },
    result: (acc: Pick | null): SqlArg => acc?.value ?? null,
  });
  db.aggregate('splice_earliest', byTime(false));
  db.aggregate('splice_latest', byTime(true));
  const extreme = (wantMax: boolean) => ({
    start: (): { num: SqlArg; numValue: number; text: string | null } => ({ num: null, numValue: 0, text: null }),
    step: (acc: { num: SqlArg; numValue: number; text: string | null }, value: SqlArg) => {
      if (value === null) return acc;
      const n = numberOf(value);
      if (n !== null) {
        if (acc.num === null || (wantMax ? n > acc.numValue : n < acc.numValue)) return { ...acc, num: value, numValue: n };
        // Equal numbers written differently ("1", "1.0"): the text first in byte order, whatever order rows come in.
        if (n === acc.numValue && compareBytes(String(value), String(acc.num)) < 0) return { ...acc, num: value };
        return acc;
      }
      const text = String(value);
      if (acc.text === null || (wantMax ? text > acc.text : text < acc.text)) return { ...acc, text };
      return acc;
    },
    result: (acc: { num: SqlArg; text: string | null }): SqlArg => acc.num ?? acc.text,
  });
  // sum/avg of the values that are numbers, exactly rounded so the rows' order cannot change the last digits.
  const exact = (average: boolean) => ({
    start: (): { sum: ExactSum; count: number } => ({ sum: new ExactSum(), count: 0 }),
    step: (acc: { sum: ExactSum; count: number }, value: SqlArg) => {
      const n = value === null ? null : numberOf(value);
      if (n !== null) {
        acc.sum.add(n);
        acc.count++;
      }
      return acc;
    },
    result: (acc: { sum: ExactSum; count: number }): SqlArg => (acc.count === 0 ? null : average ? acc.sum.result() / acc.count : acc.sum.result()),
  });
  db.aggregate('splice_sum', exact(false));
  db.aggregate('splice_avg', exact(true));
  db.aggregate('splice_min', extreme(false));
  db.aggregate('splice_max', extreme(true));
  registerMultivalueAggregates(db);
}

/** values() and dc() over multivalue fields stored as JSON arrays: every value of every event counts. */
function registerMultivalueAggregates(db: AggregateRegistrar): void {
  const collect = {
    start: (): Set<string> => new Set<string>(),
    // No default value: better-sqlite3 counts declared parameters to learn the arity.
    step: (acc: Set<string>, cell: SqlArg): Set<string> => {
      if (typeof cell !== 'string') return acc;
      for (const v of JSON.parse(cell) as unknown[]) if (v !== null) acc.add(String(v));
      return acc;
    },
  };
  // Distinct values in byte order, as values() shows them (Multivalue stats docs).
  db.aggregate('splice_values_json', { ...collect, result: (acc: Set<string>): SqlArg => JSON.stringify([...acc].sort(compareBytes)) });
  db.aggregate('splice_dc_json', { ...collect, result: (acc: Set<string>): SqlArg => acc.size });
}

/**
 * Functions that depend on the search's settings, registered before each run:
 * `splice_time_bin(_time, span)` for tstats `by _time span=…`, in the search's time zone.
 */
export function registerSearchFunctions(db: Database.Database, zone: TimeZone): void {
  const spans = new Map<string, Span>();
  db.function('splice_time_bin', { deterministic: true }, (time: SqlArg, spec: SqlArg) => {
    const t = numberOf(time);
    if (t === null || typeof spec !== 'string') return null;
    let span = spans.get(spec);
    if (span === undefined) {
      span = parseSpan({ text: spec, quoted: false, span: { start: 0, end: 0 } }, true, 'tstats');
      spans.set(spec, span);
    }
    return timeBin(t, span, zone);
  });
}
