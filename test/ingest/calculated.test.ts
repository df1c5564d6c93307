import { describe, expect, it } from 'vitest';
import { allDataModels } from '../../src/datamodels/catalog.js';
import type { RootDataset } from '../../src/datamodels/model-v2.js';
import { compileCalculations } from '../../src/ingest/calculated.js';
import type { InputValue } from '../../src/ingest/record.js';
import { resolveTimeZone } from '../../src/runtime/time/zone.js';

const ctx = { now: 1764201600, timeZone: resolveTimeZone('UTC') };

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

/** Texts that sit on the edges of CIM's tests: empty, "unknown", "-", numbers in every form, case, IPs, the search-id prefixes. */
const POOL = [
  '', 'unknown', '-', '0', '00', '007', '1.5', '-3', '+4', '.5', '5.', '1e5', '1E-2', 'nan', 'NaN', 'inf', '-Infinity', ' 5', '5 ', '0x10',
  'abc', 'TcP', 'udp', '10.0.0.1', '::1', 'case(x', 'scheduler_1', 'SummaryDirector_x', 'summarize_SummaryDirector_y', 'rt_1', 'subsearch_2',
  '_ACCELERATE_DM_Web_ACCELERATE_', "'| summarize id=DM_Web_x", 'stream:dhcp', 'audittrail', 'C:\\Windows\\cmd.exe /c dir', '"C:\\a b\\x.exe" -y',
  'http://user@host.example:80/p', 'user=bob, action=x', 'T', 'ünïcode', '1704067200', '2024-01-02T03:04:05Z', 'bob',
];

/** Every name a root's calculations read or write, plus its fields. */
function namesOf(root: RootDataset): string[] {
  const names = new Set<string>(['_time', 'source', 'sourcetype', '_raw', ...root.fields.map((f) => f.name)]);
  for (const c of root.calculated) {
    names.add(c.field);
    for (const word of c.expression.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []) names.add(word);
  }
  for (const r of root.rex ?? []) names.add(r.input);
  return [...names];
}

function randomRecord(names: readonly string[], next: () => number): Map<string, InputValue> {
  const pick = (): string => POOL[Math.floor(next() * POOL.length)] as string;
  const record = new Map<string, InputValue>();
  for (const name of names) {
    const r = next();
    if (r < 0.4) continue;
    record.set(name, r < 0.47 ? [pick(), pick()] : r < 0.5 ? [pick()] : pick());
  }
  return record;
}

const roots = allDataModels().flatMap((m) => m.roots.map((root) => ({ name: `${m.name}.${root.name}`, root })));

describe('CIM calculations with shortcuts', () => {
  it('store exactly what the interpreter stores, for every root dataset (random records)', () => {
    const next = random(7);
    const mismatches: string[] = [];
    for (const { name, root } of roots) {
      const fast = compileCalculations(root, ctx);
      const reference = compileCalculations(root, ctx, { shortcuts: false });
      const names = namesOf(root);
      for (let i = 0; i < 600; i++) {
        const record = randomRecord(names, next);
        const a = new Map(record);
        const b = new Map(record);
        fast.apply(a);
        reference.apply(b);
        if (JSON.stringify([...a]) !== JSON.stringify([...b])) mismatches.push(`${name}: ${JSON.stringify([...record])}`);
      }
    }
    expect(mismatches.slice(0, 3)).toEqual([]);
  });

  it('keep agreeing once memos fill up and switch off (many distinct byte counts, few transports)', () => {
    const root = roots.find((r) => r.name === 'Network_Traffic.All_Traffic')?.root as RootDataset;
    const fast = compileCalculations(root, ctx);
    const reference = compileCalculations(root, ctx, { shortcuts: false });
    const next = random(11);
    const mismatches: string[] = [];
    for (let i = 0; i < 12000; i++) {
      const record = new Map<string, InputValue>([
        ['sourcetype', 'pan:traffic'],
        ['transport', ['tcp', 'UDP', 'Icmp', ''][i % 4] as string],
        ['bytes_in', String(Math.floor(next() * 1e9))],
        ['bytes_out', next() < 0.1 ? 'n/a' : String(i)],
        ['packets', String(i % 7)],
      ]);
      const a = new Map(record);
      const b = new Map(record);
      fast.apply(a);
      reference.apply(b);
      if (JSON.stringify([...a]) !== JSON.stringify([...b])) mismatches.push(JSON.stringify([...record]));
    }
    expect(mismatches.slice(0, 3)).toEqual([]);
  });
});

describe('CIM calculation results stored as eval prints them', () => {
  it('stores an overflowing sum as "inf", the text eval gives infinity, not JavaScript\'s "Infinity"', () => {
    const root = roots.find((r) => r.name === 'Network_Traffic.All_Traffic')?.root as RootDataset;
    for (const shortcuts of [true, false]) {
      const record = new Map<string, InputValue>([['bytes_in', '1e308'], ['bytes_out', '1e308']]);
      compileCalculations(root, ctx, { shortcuts }).apply(record);
      expect(record.get('bytes')).toBe('inf');
    }
  });
});
