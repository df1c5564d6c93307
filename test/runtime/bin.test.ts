import { describe, expect, it } from 'vitest';
import { applyBin } from '../../src/runtime/commands/bin.js';
import { resolveTimeZone } from '../../src/runtime/time/zone.js';
import { command, expectRefused, plain, table, type Plain } from './helpers.js';

const utc = resolveTimeZone('UTC');
const T = 1_700_000_123; // 2023-11-14T22:15:23Z

function bin(spl: string, rows: readonly Plain[], zone = utc) {
  return plain(applyBin(table(rows), command(spl, spl.startsWith('bucket') ? 'bucket' : 'bin'), zone));
}

describe('bin on numbers', () => {
  it('replaces a number by its "low-high" bin; leaves other values', () => {
    const rows: Plain[] = [{ size: 15 }, { size: '0' }, { size: -5 }, { size: 20 }, { size: 'abc' }, {}];
    expect(bin('bin span=10 size', rows).rows.map((r) => r.size)).toEqual(['10-20', '0-10', '-10-0', '20-30', 'abc', undefined]);
  });

  it('writes to a new field with AS, only for numbers', () => {
    expect(bin('bucket span=0.5 x as b', [{ x: 1.7 }, { x: 'n/a' }])).toEqual({ fields: ['x', 'b'], rows: [{ x: 1.7, b: '1.5-2' }, { x: 'n/a' }] });
  });

  it('bins every value of a multivalue field', () => {
    expect(bin('bin span=100 x', [{ x: [5, 150] }]).rows).toEqual([{ x: ['0-100', '100-200'] }]);
  });
});

describe('bin on time', () => {
  it('gives the bin start in epoch seconds', () => {
    expect(bin('bin _time span=1h', [{ _time: T }]).rows).toEqual([{ _time: 1_699_999_200 }]);
    expect(bin('bin _time span=5m as t', [{ _time: T }]).rows).toEqual([{ _time: T, t: 1_700_000_100 }]);
    expect(bin('bin _time span=60', [{ _time: String(T) }]).rows).toEqual([{ _time: 1_700_000_100 }]);
    expect(bin('bin span=1d when', [{ when: T }]).rows).toEqual([{ when: 1_699_920_000 }]);
  });

  it('aligns days and months on local midnight in the given time zone', () => {
    const ny = resolveTimeZone('America/New_York');
    expect(bin('bin _time span=1d', [{ _time: T }], ny).rows).toEqual([{ _time: 1_699_920_000 + 5 * 3600 }]);
    expect(bin('bin _time span=1mon', [{ _time: T }], ny).rows).toEqual([{ _time: 1_698_796_800 + 4 * 3600 }]);
    expect(bin('bin _time span=1y', [{ _time: T }]).rows).toEqual([{ _time: 1_672_531_200 }]);
  });

  it('aligns hours on the local clock', () => {
    const kolkata = resolveTimeZone('Asia/Kolkata');
    expect(bin('bin _time span=1h', [{ _time: T }], kolkata).rows).toEqual([{ _time: 1_699_997_400 }]);
  });

  it('counts N-day and week spans from 1970-01-01', () => {
    expect(bin('bin _time span=1w', [{ _time: T }]).rows).toEqual([{ _time: Math.floor(T / 604_800) * 604_800 }]);
  });

  it('refuses what it does not implement', () => {
    expectRefused(() => bin('bin bins=10 x', [{ x: 1 }]), 'unsupported: unsupported: bin option bins=');
    expectRefused(() => bin('bin x', [{ x: 1 }]), 'unsupported: unsupported: bin without span= (automatic bins)');
    expectRefused(() => bin('bin span=10ms _time', [{ _time: 1 }]), 'unsupported: unsupported: bin span=10ms (subsecond spans)');
    expectRefused(() => bin('bin span=log2 x', [{ x: 1 }]), 'unsupported: unsupported: bin span=log2 (not a number or time span)');
    expectRefused(() => bin('bin span=1.5h _time', [{ _time: 1 }]), 'invalid-argument: bin span=1.5h: a time span needs a whole number');
  });
});
