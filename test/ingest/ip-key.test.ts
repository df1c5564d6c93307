import { describe, expect, it } from 'vitest';
import { ipKeyBuffer } from '../../src/ingest/ip-key.js';
import { ipKey } from '../../src/values/ip.js';

/** A deterministic generator, so a failure names an input that reproduces. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

/** The reference: values/ip.ts's ipKey (ipaddr.js), as a Buffer or null. */
function reference(text: string): number[] | null {
  const key = ipKey(text);
  return key === null ? null : [...key];
}

function fast(text: string, scratch?: Buffer): number[] | null {
  const key = ipKeyBuffer(text, scratch);
  return key === null ? null : [...key];
}

/** Near-misses of dotted quads: octets out of range, leading zeros, signs, spaces, missing or extra parts. */
function candidate(next: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const octet = (): string =>
    pick([
      () => String(Math.floor(next() * 256)),
      () => String(Math.floor(next() * 1000)),
      () => `0${Math.floor(next() * 100)}`,
      () => pick(['', '+1', '-1', ' 1', '1 ', '0x1f', 'a', '00', '0', '255', '256', '1e2', '１']),
    ])();
  const parts = Array.from({ length: pick([1, 2, 3, 4, 4, 4, 4, 5]) }, octet);
  const text = parts.join(pick(['.', '.', '.', '.', ',', '..']));
  return pick([
    () => text,
    () => `${text}${pick(['', '\n', ' ', '.', '/24', '%eth0'])}`,
    () => `::ffff:${text}`,
    () => pick(['::1', '2001:db8::1', 'fe80::1%eth0', '::', '1::2::3', '2001:db8:0:0:0:0:2:1', 'gggg::1', ':', '']),
  ])();
}

describe('IP keys by hand', () => {
  it('agree with ipaddr.js on dotted quads and near-misses (20,000 random inputs)', () => {
    const next = random(20251127);
    const mismatches: string[] = [];
    let valid = 0;
    for (let i = 0; i < 20000; i++) {
      const text = candidate(next);
      const want = reference(text);
      if (want !== null) valid++;
      if (JSON.stringify(fast(text)) !== JSON.stringify(want)) mismatches.push(text);
    }
    expect(mismatches).toEqual([]);
    // Both outcomes are well represented, so agreement means something.
    expect(valid).toBeGreaterThan(2000);
    expect(valid).toBeLessThan(18000);
  });

  it('IPv6 in plain form agrees with ipaddr.js too, near-misses included (20,000 random inputs)', () => {
    const next = random(6);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
    const digit = (): string => (next() < 0.01 ? 'g' : pick([...'0123456789abcdefABCDEF']));
    const group = (): string => Array.from({ length: pick([0, 1, 2, 3, 4, 4, 4, 4, 4, 4, 5]) }, digit).join('');
    const mismatches: string[] = [];
    let valid = 0;
    for (let i = 0; i < 20000; i++) {
      const groups = Array.from({ length: pick([1, 2, 3, 5, 6, 7, 7, 8, 8, 8, 9]) }, group);
      let text = groups.join(':');
      if (next() < 0.5) {
        const at = Math.floor(next() * (groups.length + 1));
        text = `${groups.slice(0, at).join(':')}::${groups.slice(at).join(':')}`;
      }
      if (next() < 0.3) text = pick([`${text}:`, `:${text}`, `${text}::1`, `${text}%eth0`, `${text}:1.2.3.4`, ` ${text}`]);
      const want = reference(text);
      if (want !== null) valid++;
      if (JSON.stringify(fast(text)) !== JSON.stringify(want)) mismatches.push(text);
    }
    expect(mismatches).toEqual([]);
    expect(valid).toBeGreaterThan(2000);
    expect(valid).toBeLessThan(18000);
  });

  it('agree on every single octet value and on leading zeros', () => {
    for (let v = 0; v < 1100; v++) {
      for (const text of [`${v}.0.0.1`, `1.2.3.${v}`, `1.0${v}.2.3`]) expect(fast(text), text).toEqual(reference(text));
    }
  });

  it('write into the scratch buffer only for IPv4, giving the same bytes', () => {
    const scratch = Buffer.alloc(5);
    expect(ipKeyBuffer('10.1.2.3', scratch)).toBe(scratch);
    expect([...scratch]).toEqual([4, 10, 1, 2, 3]);
    const v6 = ipKeyBuffer('2001:db8::1', scratch);
    expect(v6).not.toBe(scratch);
    expect(v6 && [...v6]).toEqual(reference('2001:db8::1'));
    expect(fast('1.2.3.256', scratch)).toBeNull();
  });
});
