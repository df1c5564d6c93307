import { scalarText, valuesOf, type FieldValue, type Row, type Scalar } from '../../values/value.js';
import { compareBytes, compareText, numberOf } from '../collate.js';
import type { Span } from '../../diagnostics/span.js';
import { fieldValueOf, type Accumulator } from './accumulator.js';
import { capValues, type StatsLimits } from './limits.js';

/**
 * The functions Splunk documents as processing values "as literal strings"
 * (count, distinct_count, first, last, list, mode, values, earliest, latest) and
 * min/max. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Aggregatefunctions
 * and …/Multivaluestatsandchartfunctions; spl-semantics.md §2.2–2.3.
 */

/** Bare `count`: the number of results in the group. */
export function countRows(): Accumulator {
  let n = 0;
  return { add: () => void n++, result: () => n };
}

/** `count(x)`: the number of values of x (each value of a multivalue field counts). */
export function countValues(): Accumulator {
  let n = 0;
  return { add: (values) => void (n += values.length), result: () => n };
}

/** `dc(x)`: distinct values compared as exact strings ("1", "1.0" and "01" differ). */
export function distinctCount(): Accumulator {
  const seen = new Set<string>();
  return { add: (values) => values.forEach((v) => seen.add(scalarText(v))), result: () => seen.size };
}

/** `values(x)`: distinct values in byte order ("44" < "443" < "4450" < "80"), at most limits.conf maxvalues of them. */
export function distinctValues(limits: StatsLimits, span: Span): Accumulator {
  const seen = new Map<string, Scalar>();
  return {
    add: (values) => values.forEach((v) => seen.has(scalarText(v)) || seen.set(scalarText(v), v)),
    result: () => fieldValueOf(capValues([...seen.entries()].sort((a, b) => compareBytes(a[0], b[0])).map((e) => e[1]), limits, span)),
  };
}

/** `list(x)`: values in result order, duplicates kept, the first list_maxsize (100) only (list() docs). */
export function listValues(limits: StatsLimits, span: Span): Accumulator {
  const out: Scalar[] = [];
  let total = 0;
  return {
    add: (values) =>
      values.forEach((v) => {
        total++;
        if (out.length < limits.listMaxSize) out.push(v);
      }),
    result: () => {
      if (total > out.length) limits.onCut?.({ fn: 'list', span, kept: out.length, total });
      return fieldValueOf(out);
    },
  };
}

/** `first(x)` / `last(x)`: the first or last value in result order. */
export function firstOrLast(which: 'first' | 'last'): Accumulator {
  let value: Scalar | undefined;
  return {
    add: (values) => {
      if (values.length === 0) return;
      if (which === 'last') value = values[values.length - 1];
      else value ??= values[0];
    },
    result: () => value,
  };
}

/** `mode(x)`: the most frequent value as a string; on a tie, the one seen first [INF]. */
export function modeOf(): Accumulator {
  const counts = new Map<string, { value: Scalar; n: number }>();
  return {
    add: (values) =>
      values.forEach((v) => {
        const entry = counts.get(scalarText(v));
        if (entry) entry.n++;
        else counts.set(scalarText(v), { value: v, n: 1 });
      }),
    result: () => {
      let best: { value: Scalar; n: number } | undefined;
      for (const entry of counts.values()) if (best === undefined || entry.n > best.n) best = entry;
      return best?.value;
    },
  };
}

/**
 * `min(x)` / `max(x)`: numbers compare numerically, other values by byte order
 * ("processes field values as numbers if possible, otherwise as strings",
 * spl-semantics.md §2.2), and numbers order before strings ("Numbers are sorted
 * before letters"; eval max/min: "Strings are greater than numbers"), so on
 * mixed values max is the greatest string and min the smallest number. The docs
 * state that order for eval and sorting; applying it to stats is [INF].
 * https://docs.splunk.com/Documentation/SCS/current/SearchReference/StatisticalFunctions
 */
export function extreme(which: 'min' | 'max'): Accumulator {
  const sign = which === 'max' ? 1 : -1;
  let num: number | undefined;
  let text: Scalar | undefined;
  return {
    add: (values) =>
      values.forEach((v) => {
        const n = numberOf(v);
        if (n !== undefined) {
          if (num === undefined || sign * (n - num) > 0) num = n;
        } else if (text === undefined || sign * compareText(v, text) > 0) text = v;
      }),
    result: () => (which === 'max' ? (text ?? num) : (num ?? text)),
  };
}

/** The row's `_time` as epoch seconds, when it has one. */
export function timeOf(row: Row): number | undefined {
  const first = valuesOf(row.get('_time'))[0];
  return first === undefined ? undefined : numberOf(first);
}

/**
 * `earliest(x)`, `latest(x)` and their `_time` variants: the value of x at the
 * smallest or largest `_time` among results that have x ("chronologically
 * earliest/latest seen occurrence of a value"). On a tie the result seen first
 * wins [INF]; results without a numeric `_time` are skipped.
 */
export function byTime(which: 'earliest' | 'latest', give: 'value' | 'time'): Accumulator {
  let best: { time: number; value: FieldValue } | undefined;
  return {
    add: (values, row) => {
      const time = timeOf(row);
      if (values.length === 0 || time === undefined) return;
      const better = best === undefined || (which === 'earliest' ? time < best.time : time > best.time);
      if (better) best = { time, value: which === 'earliest' ? values[0]! : values[values.length - 1]! };
    },
    result: () => (best === undefined ? undefined : give === 'time' ? best.time : best.value),
  };
}
