import { describe, expect, it } from 'vitest';
import { applyHead } from '../../src/runtime/commands/head.js';
import { applySort } from '../../src/runtime/commands/sort.js';
import { command, expectRefused, plain, table, type Plain } from './helpers.js';

const xs: Plain[] = [{ x: 'abc' }, { x: 10 }, {}, { x: '9' }, { x: 'B' }, { x: '10.0.0.2' }, { x: '9.1.1.1' }];

function sortX(spl: string, rows: readonly Plain[] = xs): unknown[] {
  return applySort(table(rows, ['x']), command(spl, 'sort')).rows.map((r) => r.get('x'));
}

describe('sort', () => {
  it('auto order: numbers numerically, then IP addresses, then text in byte order; missing last', () => {
    expect(sortX('sort x')).toEqual(['9', 10, '9.1.1.1', '10.0.0.2', 'B', 'abc', undefined]);
  });

  it('descending reverses everything but keeps missing values last', () => {
    expect(sortX('sort -x')).toEqual(['abc', 'B', '10.0.0.2', '9.1.1.1', 10, '9', undefined]);
    expect(sortX('sort x d')).toEqual(['abc', 'B', '10.0.0.2', '9.1.1.1', 10, '9', undefined]);
  });

  it('str(), num() and ip() force the comparison', () => {
    expect(sortX('sort str(x)')).toEqual([10, '10.0.0.2', '9', '9.1.1.1', 'B', 'abc', undefined]);
    expect(sortX('sort num(x)')).toEqual(['9', 10, '10.0.0.2', '9.1.1.1', 'B', 'abc', undefined]);
    expect(sortX('sort ip(x)')).toEqual(['9.1.1.1', '10.0.0.2', 10, '9', 'B', 'abc', undefined]);
  });

  it('sorts by several keys, stably', () => {
    const rows = [{ a: 1, b: 'x', i: 1 }, { a: 2, b: 'y', i: 2 }, { a: 1, b: 'y', i: 3 }, { a: 1, b: 'y', i: 4 }];
    const out = applySort(table(rows), command('sort a, -b', 'sort'));
    expect(out.rows.map((r) => r.get('i'))).toEqual([3, 4, 1, 2]);
  });

  it('returns at most N results: the count, limit=N, 10000 by default, all with 0', () => {
    const many = Array.from({ length: 10_005 }, (_, i) => ({ x: i }));
    expect(sortX('sort 2 -x')).toEqual(['abc', 'B']);
    expect(sortX('sort limit=3 x')).toEqual(['9', 10, '9.1.1.1']);
    expect(sortX('sort x', many)).toHaveLength(10_000);
    expect(sortX('sort 0 x', many)).toHaveLength(10_005);
  });

  it('sorts a multivalue field by its first value', () => {
    expect(sortX('sort x', [{ x: ['b', 'a'] }, { x: ['a', 'z'] }])).toEqual([['a', 'z'], ['b', 'a']]);
  });
});

describe('head and tail', () => {
  const rows = Array.from({ length: 12 }, (_, i) => ({ i }));
  const run = (spl: string) => {
    const kind = spl.startsWith('head') ? 'head' : 'tail';
    return applyHead(table(rows), command(spl, kind)).rows.map((r) => r.get('i'));
  };

  it('head keeps the first N (10 by default)', () => {
    expect(run('head')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(run('head 3')).toEqual([0, 1, 2]);
    expect(run('head limit=2')).toEqual([0, 1]);
    expect(run('head 0')).toEqual([]);
  });

  it('tail returns the last N in reverse order', () => {
    expect(run('tail 3')).toEqual([11, 10, 9]);
    expect(run('tail')).toEqual([11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
    expect(run('tail 0')).toEqual([]);
  });

  it('refuses options of the eval form', () => {
    expectRefused(() => run('head 5 keeplast=true'), 'unsupported: unsupported: head option keeplast=');
  });

  it('keeps the field list', () => {
    expect(plain(applyHead(table([{ a: 1 }], ['a', 'b']), command('head 1', 'head'))).fields).toEqual(['a', 'b']);
  });
});
