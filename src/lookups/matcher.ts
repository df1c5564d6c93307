import { compareKeys, ipKey, parseCidr, parseIp, type CidrRange } from '../values/ip.js';
import type { LookupSettings } from './settings.js';
import type { LookupTable } from './store.js';
import { WildcardIndex } from './wildcard.js';

/** Finds the lookup rows that match an event's input values. */
export interface LookupMatcher {
  /** Indices of the rows whose input fields all match (one value per input field), in file order. */
  match(values: readonly string[]): number[];
}

/** One input field's matching: candidates() drives the search, test() filters by the other fields. */
interface FieldMatcher {
  candidates(value: string): number[];
  test(row: number, value: string): boolean;
}

/**
 * Match types per transforms.conf.spec: EXACT (the default), WILDCARD ("*" in
 * the lookup value matches any run of characters) and CIDR (the lookup value is
 * a subnet). case_sensitive_match=false "performs case insensitive matching for
 * all fields in a lookup table", so both sides are folded before comparing.
 * https://docs.splunk.com/Documentation/Splunk/latest/Admin/Transformsconf
 */
export function compileMatcher(table: LookupTable, inputs: readonly string[], settings: LookupSettings): LookupMatcher {
  const fold = settings.caseSensitive ? (s: string) => s : (s: string) => s.toLowerCase();
  const fields = inputs.map((name): FieldMatcher => {
    const cells = table.rows.map((row) => {
      const cell = row.get(name);
      return cell === undefined ? undefined : fold(cell);
    });
    const kind = settings.matchTypes.get(name) ?? 'exact';
    if (kind === 'cidr') return cidrMatcher(cells);
    if (kind === 'wildcard') return wildcardMatcher(cells, fold);
    return exactMatcher(cells, fold);
  });
  // An exact field has a hash index, so it is the cheapest one to drive the search.
  const kinds = inputs.map((name) => settings.matchTypes.get(name) ?? 'exact');
  const driver = Math.max(0, kinds.indexOf('exact'));
  return {
    match(values) {
      const lead = fields[driver];
      if (lead === undefined) return [];
      return lead.candidates(values[driver] ?? '').filter((row) => fields.every((f, i) => i === driver || f.test(row, values[i] ?? '')));
    },
  };
}

/** Rows by cell value, each list in file order. */
function indexCells(cells: readonly (string | undefined)[], include: (cell: string) => boolean): Map<string, number[]> {
  const index = new Map<string, number[]>();
  cells.forEach((cell, row) => {
    if (cell === undefined || !include(cell)) return;
    const list = index.get(cell);
    if (list === undefined) index.set(cell, [row]);
    else list.push(row);
  });
  return index;
}

function exactMatcher(cells: readonly (string | undefined)[], fold: (s: string) => string): FieldMatcher {
  const index = indexCells(cells, () => true);
  return {
    candidates: (value) => index.get(fold(value)) ?? [],
    test: (row, value) => cells[row] === fold(value),
  };
}

/** Literal cells go in a hash index; cells with `*` in a WildcardIndex. */
function wildcardMatcher(cells: readonly (string | undefined)[], fold: (s: string) => string): FieldMatcher {
  const literal = indexCells(cells, (cell) => !cell.includes('*'));
  const patterns = new WildcardIndex(cells);
  return {
    candidates(value) {
      const v = fold(value);
      const hits = patterns.matches(v);
      const exact = literal.get(v) ?? [];
      return exact.length === 0 ? hits : [...exact, ...hits].sort((a, b) => a - b);
    },
    test: (row, value) => (patterns.has(row) ? patterns.test(row, fold(value)) : cells[row] === fold(value)),
  };
}

/**
 * "The lookup command supports IPv4 and IPv6 addresses and subnets that use
 * CIDR notation" (lookup docs; their example is CIDR(ip) over an IPv6 /120).
 * A cell is a subnet (`10.0.0.0/8`, `2001:db8::/32`) or a single address; any
 * other cell never matches [INF]. An event value that is not an IP address
 * never matches, as with cidrmatch().
 */
function cidrMatcher(cells: readonly (string | undefined)[]): FieldMatcher {
  const ranges = cells.map((cell) => (cell === undefined ? null : cellRange(cell.trim())));
  const inRange = (range: CidrRange | null, key: Uint8Array | null): boolean =>
    range !== null && key !== null && compareKeys(key, range.low) >= 0 && compareKeys(key, range.high) <= 0;
  return {
    candidates(value) {
      const key = ipKey(value.trim());
      if (key === null) return [];
      const out: number[] = [];
      ranges.forEach((range, row) => {
        if (inRange(range, key)) out.push(row);
      });
      return out;
    },
    test: (row, value) => inRange(ranges[row] ?? null, ipKey(value.trim())),
  };
}

function cellRange(cell: string): CidrRange | null {
  if (cell.includes('/')) return parseCidr(cell);
  const ip = parseIp(cell);
  return ip === null ? null : parseCidr(`${cell}/${ip.kind() === 'ipv4' ? 32 : 128}`);
}
