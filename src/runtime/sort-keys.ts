import type { SortKey } from '../ast/nodes.js';
import { compareKeys, ipKey } from '../values/ip.js';
import { scalarText, valuesOf, type Row, type Scalar } from '../values/value.js';
import { compareBytes, numberOf } from './collate.js';

/**
 * Row ordering for sort and dedup's sortby.
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Sort
 * - A result missing the field sorts last in both directions ("treated as having
 *   the smallest or largest possible value … if the order is descending or
 *   ascending, respectively").
 * - auto (the default): "If the field contains numeric values, the collating
 *   sequence is numeric. If … IP address values, … for IP addresses. Otherwise …
 *   lexicographical." The docs decide numeric-or-not per pair of values, which is
 *   not a consistent order on mixed data; we sort numbers first (numerically),
 *   then IP addresses (by address), then other text (byte order). That agrees
 *   with the pairwise rule except for text starting with a digit or with
 *   punctuation below "0".
 * - num(): numbers numerically, then other text; ip(): addresses, then other
 *   text; str(): byte order.
 * - A multivalue field sorts by its first value [INF].
 */
export function rowComparator(keys: readonly SortKey[], reverseAll: boolean): (a: Row, b: Row) => number {
  const compiled = keys.map((k) => ({ field: k.field.text, rank: ranker(k.fn ?? 'auto'), sign: (k.order === '-') !== reverseAll ? -1 : 1 }));
  return (a, b) => {
    for (const key of compiled) {
      const va = valuesOf(a.get(key.field))[0];
      const vb = valuesOf(b.get(key.field))[0];
      if (va === undefined || vb === undefined) {
        if (va !== vb) return va === undefined ? 1 : -1;
        continue;
      }
      const c = compareRanked(key.rank(va), key.rank(vb));
      if (c !== 0) return key.sign * c;
    }
    return 0;
  };
}

/** A value placed in a class (lower sorts first) with its key within the class. */
type Ranked = { readonly cls: 0; readonly n: number } | { readonly cls: 1; readonly ip: Uint8Array } | { readonly cls: 2; readonly text: string };

function ranker(fn: NonNullable<SortKey['fn']>): (v: Scalar) => Ranked {
  const asText = (v: Scalar): Ranked => ({ cls: 2, text: scalarText(v) });
  const asNumber = (v: Scalar): Ranked | undefined => {
    const n = numberOf(v);
    return n === undefined ? undefined : { cls: 0, n };
  };
  const asIp = (v: Scalar): Ranked | undefined => {
    const ip = typeof v === 'string' ? ipKey(v.trim()) : null;
    return ip === null ? undefined : { cls: 1, ip };
  };
  switch (fn) {
    case 'str':
      return asText;
    case 'num':
      return (v) => asNumber(v) ?? asText(v);
    case 'ip':
      return (v) => asIp(v) ?? asText(v);
    case 'auto':
      return (v) => asNumber(v) ?? asIp(v) ?? asText(v);
  }
}

function compareRanked(a: Ranked, b: Ranked): number {
  if (a.cls !== b.cls) return a.cls - b.cls;
  if (a.cls === 0 && b.cls === 0) return Math.sign(a.n - b.n);
  if (a.cls === 1 && b.cls === 1) return compareKeys(a.ip, b.ip);
  if (a.cls === 2 && b.cls === 2) return compareBytes(a.text, b.text);
  return 0;
}
