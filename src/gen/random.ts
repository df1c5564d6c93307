/**
 * A small seeded PRNG (mulberry32) for `splice gen`. Math.random cannot be
 * seeded, and generated databases must be reproducible: the same seed gives the
 * same rows, so a detection's result on generated data can be compared across
 * runs and machines. mulberry32 is not cryptographic; it only needs to be fast
 * and well spread.
 */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** The next 32-bit unsigned integer. */
  uint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [low, high], both inclusive. */
  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /**
   * An index in [0, n) that favours low indices (P(0) = 1/√n): real data
   * has heavy hitters, so lists put the common values first and top/rare
   * style detections see a skewed distribution rather than a flat one.
   */
  skewedIndex(n: number): number {
    const u = this.next();
    return Math.floor(u * u * n);
  }

  pickSkewed<T>(items: readonly T[]): T {
    return items[this.skewedIndex(items.length)] as T;
  }

  /** Picks by relative weight (weights need not sum to 1). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const w of weights) total += w;
    let u = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      u -= weights[i] ?? 0;
      if (u < 0) return items[i] as T;
    }
    return items[items.length - 1] as T;
  }

  /** `count` hex digits, for hashes, GUIDs and ids. */
  hex(count: number): string {
    let out = '';
    while (out.length < count) {
      const w = this.uint32();
      out += (HEX[w >>> 24] as string) + (HEX[(w >>> 16) & 255] as string) + (HEX[(w >>> 8) & 255] as string) + (HEX[w & 255] as string);
    }
    return out.length === count ? out : out.slice(0, count);
  }
}

/** Byte → two hex digits: a table lookup is several times faster than toString(16) in the per-row id draws. */
const HEX: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * FNV-1a of a text, mixed with a seed: gives each table its own stream, so a
 * table's rows do not depend on which other tables were generated with it.
 */
export function deriveSeed(seed: number, text: string): number {
  const key = `${seed}\u0000${text}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
