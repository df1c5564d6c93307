import type { Scalar } from '../../values/value.js';
import { numberOf } from '../collate.js';
import type { Accumulator } from './accumulator.js';

/**
 * The functions that treat values as numbers and ignore values that are not
 * (spl-semantics.md §2.2). With no numeric value the result is absent.
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Aggregatefunctions
 */

/** Collects the numeric values; `finish` turns them into the result. */
function numeric(finish: (xs: readonly number[]) => number | undefined): Accumulator {
  const xs: number[] = [];
  return {
    add: (values: readonly Scalar[]) => {
      for (const v of values) {
        const n = numberOf(v);
        if (n !== undefined) xs.push(n);
      }
    },
    result: () => (xs.length === 0 ? undefined : finish(xs)),
  };
}

const sumOf = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

export const sum = (): Accumulator => numeric(sumOf);
export const sumsq = (): Accumulator => numeric((xs) => sumOf(xs.map((x) => x * x)));
export const mean = (): Accumulator => numeric((xs) => sumOf(xs) / xs.length);
export const range = (): Accumulator => numeric((xs) => Math.max(...xs) - Math.min(...xs));

/**
 * var/stdev use the sample formula (n − 1), varp/stdevp the population one (n).
 * One value gives 0 for the sample forms [INF: the docs do not say].
 */
export function variance(kind: 'var' | 'varp' | 'stdev' | 'stdevp'): Accumulator {
  return numeric((xs) => {
    const m = sumOf(xs) / xs.length;
    const squares = sumOf(xs.map((x) => (x - m) * (x - m)));
    const denominator = kind === 'var' || kind === 'stdev' ? xs.length - 1 : xs.length;
    const v = denominator === 0 ? 0 : squares / denominator;
    return kind.startsWith('stdev') ? Math.sqrt(v) : v;
  });
}

/**
 * perc<N>, p<N>, exactperc<N>, upperperc<N> and median (= perc50): Splunk's
 * default `perc_method = nearest-rank` in limits.conf [stats] picks the value
 * of 0-based rank floor(N/100 × count) of the sorted values, so the median of
 * 1,2,3,4 is 3. Splunk computes exactly this below 1000 distinct values and
 * exactperc always; above that perc/upperperc use a digest that can be off by
 * about one rank percent — we stay exact there (Percentile Implementation,
 * Splunk Answers 44336; limits.conf.spec `perc_method`).
 */
export function percentile(p: number): Accumulator {
  return numeric((xs) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const rank = Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length));
    return sorted[rank];
  });
}
