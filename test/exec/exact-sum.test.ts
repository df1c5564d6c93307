import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactSum } from '../../src/exec/exact-sum.js';

const sumOf = (values: readonly number[]): number => {
  const s = new ExactSum();
  values.forEach((v) => s.add(v));
  return s.result();
};

describe('ExactSum', () => {
  it('gives the correctly rounded sum where a running sum loses digits', () => {
    expect(sumOf([1e16, 1, -1e16])).toBe(1);
    expect(sumOf([0.1, 0.2, 0.3])).toBe(0.6);
    expect(sumOf([1, 1e100, 1, -1e100])).toBe(2);
    expect(sumOf([])).toBe(0);
  });

  it('gives the same sum in every order of the same values (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e20, max: 1e20 }), { maxLength: 40 }), fc.nat(), (values, seed) => {
        const shuffled = [...values];
        let s = seed;
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) % 2147483648;
          const j = s % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j] as number, shuffled[i] as number];
        }
        expect(Object.is(sumOf(shuffled) + 0, sumOf(values) + 0)).toBe(true);
      }),
      { numRuns: 500, seed: 8 },
    );
  });

  it('lets an infinity or NaN win, as a plain sum would', () => {
    expect(sumOf([1, Infinity, 2])).toBe(Infinity);
    expect(sumOf([Infinity, -Infinity])).toBeNaN();
  });
});
