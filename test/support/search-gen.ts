import type { TestEvent } from './run-spl.js';

/**
 * Random search expressions and data sets over a small vocabulary, for the
 * differential test, plus a reference evaluator written straight from
 * spl-semantics.md §3 (independent of src/: its own glob, CIDR and case folding).
 */

/** mulberry32: a tiny seeded PRNG, so every failing case can be replayed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: () => number, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

export type Field = 'app' | 'action' | 'dest_port' | 'src_ip';
export const FIELDS: readonly Field[] = ['app', 'action', 'dest_port', 'src_ip'];

const DATA: Record<Field, readonly string[]> = {
  app: ['smb', 'SMB', 'Smb', 'http', 'dns', 'ms-sql', 'a_b', 'a%b', 'axb', 'äpp', 'ÄPP', 'kerberos', '\u212Aerberos'],
  action: ['allowed', 'blocked', 'teardown', 'Allowed'],
  dest_port: ['139', '0139', '1390', '445', '80', '139.0', 'abc', '4450', '44', '13'],
  src_ip: ['10.0.0.1', '10.255.255.255', '11.0.0.0', '9.255.255.255', '172.16.0.0', '172.31.255.255', '172.32.0.0', '172.15.255.255',
    '192.168.1.1', '2001:db8::1', '2001:db9::1', '::1', 'host.example', 'null', '10.0.0.1abc', '010.0.0.1'],
};

const PATTERNS: Record<Field, readonly string[]> = {
  app: ['smb', 'SMB', 'sMb', 'sm*', '*B', 's*b', '*', 'http', 'dn*', 'a_*', 'a%*', '*_b', 'ms-sql', 'Äpp', 'äp*', 'kerberos', 'k*', '*s*'],
  action: ['allowed', 'ALLOWED', 'Blocked', 'al*', '*ed', 'unknown', '*', 'teardown'],
  dest_port: ['139', '0139', '1390', '445', '80', '13*', '*9', '4*5', '0', '139.0', '*'],
  src_ip: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '2001:db8::/32', '::1/128', '0.0.0.0/0', '::/0', '172.31.255.255/32',
    '10.0.0.1', '10.*', '*.1', 'null', 'host*', '*'],
};

/** Flows with a unique flow_id; sparse ones may lack fields (CIM then defaults action and dest_port, §7.3). */
export function randomEvents(rng: () => number, sparse: boolean): TestEvent[] {
  const count = 4 + Math.floor(rng() * 9);
  return Array.from({ length: count }, (_, i) => {
    const event: TestEvent = { flow_id: `f${String(i).padStart(2, '0')}` };
    for (const field of FIELDS) if (!sparse || rng() < 0.75) event[field] = pick(rng, DATA[field]);
    return event;
  });
}

/** The values a search sees: ingest's calculated defaults applied. */
export function asSearched(event: TestEvent): Partial<Record<Field, string>> {
  const text = (f: Field): string | undefined => (event[f] === undefined ? undefined : String(event[f]));
  const port = text('dest_port');
  return { app: text('app'), src_ip: text('src_ip'), action: text('action') ?? 'unknown', dest_port: port !== undefined && /^\d+(\.\d+)?$/.test(port) ? port : '0' };
}

export type Expr =
  | { readonly kind: 'leaf'; readonly field: Field; readonly op: '=' | '!=' | '<' | '>' | '>='; readonly value: string; readonly quoted: boolean }
  | { readonly kind: 'in'; readonly field: Field; readonly values: readonly string[] }
  | { readonly kind: 'not'; readonly item: Expr }
  | { readonly kind: 'and' | 'or'; readonly items: readonly Expr[]; readonly explicit: boolean };

export function randomExpr(rng: () => number, depth: number): Expr {
  const r = rng();
  if (depth <= 0 || r < 0.35) return randomLeaf(rng);
  if (r < 0.5) return { kind: 'not', item: randomExpr(rng, depth - 1) };
  const items = Array.from({ length: 2 + Math.floor(rng() * 2) }, () => randomExpr(rng, depth - 1));
  return { kind: r < 0.75 ? 'and' : 'or', items, explicit: rng() < 0.5 };
}

function randomLeaf(rng: () => number): Expr {
  const field = pick(rng, FIELDS);
  const r = rng();
  if (r < 0.2) return { kind: 'in', field, values: Array.from({ length: 1 + Math.floor(rng() * 3) }, () => pick(rng, PATTERNS[field])) };
  if (r < 0.3 && (field === 'dest_port' || field === 'app')) {
    return { kind: 'leaf', field, op: pick(rng, ['<', '>', '>='] as const), value: pick(rng, ['100', '139', '445', 'abc', 'm']), quoted: false };
  }
  return { kind: 'leaf', field, op: r < 0.75 ? '=' : '!=', value: pick(rng, PATTERNS[field]), quoted: rng() < 0.5 };
}

/** SPL text with only the parentheses Splunk's precedence needs (NOT > OR > AND, §3.1). */
export function render(e: Expr, name: (f: Field) => string): string {
  const r = (x: Expr): string => render(x, name);
  switch (e.kind) {
    case 'leaf':
      return `${name(e.field)}${e.op}${e.quoted ? `"${e.value}"` : e.value}`;
    case 'in':
      return `${name(e.field)} IN (${e.values.map((v) => `"${v}"`).join(', ')})`;
    case 'not':
      return `NOT ${e.item.kind === 'leaf' || e.item.kind === 'in' ? r(e.item) : `(${r(e.item)})`}`;
    case 'and':
      return e.items.map(r).join(e.explicit ? ' AND ' : ' ');
    case 'or':
      return e.items.map((x) => (x.kind === 'and' ? `(${r(x)})` : r(x))).join(' OR ');
  }
}

/** Reference semantics, §3.2–§3.7: a missing field matches nothing; NOT is plain negation. */
export function evaluate(e: Expr, row: Partial<Record<Field, string>>): boolean {
  switch (e.kind) {
    case 'not':
      return !evaluate(e.item, row);
    case 'and':
      return e.items.every((x) => evaluate(x, row));
    case 'or':
      return e.items.some((x) => evaluate(x, row));
    case 'in':
      return e.values.some((v) => evaluate({ kind: 'leaf', field: e.field, op: '=', value: v, quoted: true }, row));
    case 'leaf': {
      const value = row[e.field];
      if (value === undefined) return false;
      if (e.op === '=') return matches(value, e.value);
      if (e.op === '!=') return !matches(value, e.value);
      const order = compare(value, e.value);
      return e.op === '<' ? order < 0 : e.op === '>' ? order > 0 : order >= 0;
    }
  }
}

function matches(value: string, pattern: string): boolean {
  const cidr = /^(.*)\/(\d+)$/.exec(pattern);
  if (cidr) return inSubnet(value, cidr[1] ?? '', Number(cidr[2]));
  const parts = pattern.split('*').map(fold);
  const text = fold(value);
  if (parts.length === 1) return text === parts[0];
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  if (!text.startsWith(first) || text.length < first.length + last.length || !text.endsWith(last)) return false;
  let at = first.length;
  for (const middle of parts.slice(1, -1)) {
    const found = text.indexOf(middle, at);
    if (found < 0 || found + middle.length > text.length - last.length) return false;
    at = found + middle.length;
  }
  return true;
}

/** ASCII letters fold to ASCII; other letters fold among themselves, never onto ASCII (as SQLite's NOCASE keeps them apart). */
function fold(text: string): string {
  return [...text].map((c) => (c < '\x80' ? c.toLowerCase() : c.toLowerCase() >= '\x80' ? c.toLowerCase() : c)).join('');
}

function compare(a: string, b: string): number {
  const numeric = /^[+-]?(\d+\.?\d*|\.\d+)$/;
  if (numeric.test(a) && numeric.test(b)) return Math.sign(Number(a) - Number(b));
  return a < b ? -1 : a > b ? 1 : 0;
}

function inSubnet(value: string, base: string, bits: number): boolean {
  const v = ipBits(value);
  const b = ipBits(base);
  if (!v || !b || v.width !== b.width) return false;
  const shift = BigInt(v.width - bits);
  return v.n >> shift === b.n >> shift;
}

/** Strict IPv4 dotted quad (no leading zeros) or IPv6 in hex groups with at most one `::`. */
function ipBits(text: string): { n: bigint; width: number } | null {
  const octet = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
  if (new RegExp(`^${octet}(\\.${octet}){3}$`).test(text)) return { n: text.split('.').reduce((n, o) => (n << 8n) | BigInt(o), 0n), width: 32 };
  const halves = text.split('::');
  if (!text.includes(':') || halves.length > 2) return null;
  const groups = halves.map((h) => (h === '' ? [] : h.split(':')));
  if (groups.flat().some((g) => !/^[0-9a-f]{1,4}$/i.test(g))) return null;
  const [head = [], tail = []] = groups;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const all = [...head, ...Array<string>(halves.length === 1 ? 0 : missing).fill('0'), ...tail];
  return { n: all.reduce((n, g) => (n << 16n) | BigInt(parseInt(g, 16)), 0n), width: 128 };
}
