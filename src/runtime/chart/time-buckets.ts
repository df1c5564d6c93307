import { errorAt } from '../../diagnostics/diagnostic.js';
import type { Span as TextSpan } from '../../diagnostics/span.js';
import { valuesOf, type Row } from '../../values/value.js';
import { numberOf } from '../collate.js';
import { timeBin, type Span } from '../time/bins.js';
import type { TimeZone } from '../time/zone.js';

/** More buckets than this is almost surely a too small span; refused rather than filling memory. */
const MAX_BUCKETS = 1_000_000;

/** The time buckets of a row: the bin of each numeric `_time` value; none without `_time` [INF]. */
export function bucketsOf(row: Row, span: Span, zone: TimeZone): number[] {
  const out = new Set<number>();
  for (const v of valuesOf(row.get('_time'))) {
    const t = numberOf(v);
    if (t !== undefined) out.add(timeBin(t, span, zone));
  }
  return [...out];
}

/**
 * Every bucket from the first to the last given one (cont=true: "fills in the
 * time gaps", Timechart docs). Splunk fills over the search's time range;
 * splice has none, so it fills between the buckets that hold data [INF].
 */
export function continuousBuckets(buckets: readonly number[], span: Span, zone: TimeZone, at: TextSpan): number[] {
  const sorted = [...buckets].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return [];
  const out = [first];
  for (let t = first; t < last; ) {
    t = nextBucket(t, span, zone);
    out.push(t);
    if (out.length > MAX_BUCKETS) {
      throw errorAt('unsupported', `unsupported: timechart would fill more than ${MAX_BUCKETS} time buckets; use a larger span= or cont=false`, at);
    }
  }
  return out;
}

/**
 * The start of the bucket after the one starting at `start`, as timeBin places
 * buckets (on the local clock, so a day can be 23 or 25 hours long): probe one
 * nominal span later, then an hour at a time until a later bucket is reached.
 */
function nextBucket(start: number, span: Span, zone: TimeZone): number {
  let probe = start + nominalSeconds(span);
  for (;;) {
    const bucket = timeBin(probe, span, zone);
    if (bucket > start) return bucket;
    probe += 3600;
  }
}

/** The shortest a bucket can be: months count as 28 days. */
function nominalSeconds(span: Span): number {
  switch (span.kind) {
    case 'number':
    case 'seconds':
      return span.size;
    case 'days':
      return span.size * 86_400;
    case 'months':
      return span.size * 28 * 86_400;
  }
}
