import { describe, expect, it } from 'vitest';
import type { Cell, ResultSet } from '../../src/baseline/baseline.js';
import { compareResults, type CompareOptions } from '../../src/compare/compare.js';

type Cells = Readonly<Record<string, Cell>>;
const rs = (fields: readonly string[], ...rows: Cells[]): ResultSet => ({ fields, rows: rows.map((r) => new Map(Object.entries(r))) });
/** Whether one row with `e`'s cells compares equal to one with `a`'s. */
const same = (e: Cells, a: Cells, options: Partial<CompareOptions> = {}): boolean =>
  compareResults(rs(Object.keys(e), e), rs(Object.keys(a), a), options).pass;

describe('cells', () => {
  it('passes equal result sets, row order aside', () => {
    const c = compareResults(rs(['a'], { a: 'x' }, { a: 'y' }), rs(['a'], { a: 'y' }, { a: 'x' }));
    expect(c).toMatchObject({ pass: true, matched: 2, missing: [], extra: [], changed: [] });
  });

  it('treats a missing field, "", [] and [""] alike', () => {
    expect(compareResults(rs(['a', 'b'], { a: '1' }), rs(['a', 'b'], { a: '1', b: '' })).pass).toBe(true);
    expect(same({ a: '1', b: [] }, { a: '1' })).toBe(true);
    expect(same({ a: '1', b: [''] }, { a: '1', b: '' })).toBe(true);
    expect(same({ a: '1', b: 'x' }, { a: '1' })).toBe(false);
  });

  it('treats a one-value list as that value, but not a longer list', () => {
    expect(same({ a: ['x'] }, { a: 'x' })).toBe(true);
    expect(same({ a: ['x', 'y'] }, { a: 'x' })).toBe(false);
  });

  it('compares numbers as numbers: 1, 1.0 and 1e0 are equal', () => {
    expect(same({ n: '1' }, { n: '1.0' })).toBe(true);
    expect(same({ n: '1000' }, { n: '1e3' })).toBe(true);
    expect(same({ n: '0.5' }, { n: '.5' })).toBe(true);
    expect(same({ n: '1' }, { n: '2' })).toBe(false);
  });

  it('compares text exactly: case, spaces around a number and leading zeros count', () => {
    expect(same({ s: 'Allowed' }, { s: 'allowed' })).toBe(false);
    expect(same({ n: ' 2 ' }, { n: '2' })).toBe(false);
    expect(same({ n: '007' }, { n: '7' })).toBe(false);
  });

  it('allows numbers to differ by the tolerance, and no more', () => {
    expect(same({ n: '0.30000000000000004' }, { n: '0.3' })).toBe(false);
    expect(same({ n: '0.30000000000000004' }, { n: '0.3' }, { tolerance: 1e-9 })).toBe(true);
    expect(same({ n: '1.5' }, { n: '1.75' }, { tolerance: 0.25 })).toBe(true);
    expect(same({ n: '1.5' }, { n: '1.8' }, { tolerance: 0.25 })).toBe(false);
    expect(same({ n: 'abc' }, { n: 'abd' }, { tolerance: 10 })).toBe(false);
  });

  it('compares multivalue cells element by element, in order', () => {
    expect(same({ v: ['a', 'b'] }, { v: ['b', 'a'] })).toBe(false);
    expect(same({ v: ['1', '2.0'] }, { v: ['1.0', '2'] })).toBe(true);
    expect(same({ v: ['a', 'b'] }, { v: ['a', 'b', 'c'] })).toBe(false);
  });
});

describe('rows', () => {
  const exp = rs(['host', 'count'], { host: 'h1', count: '3' }, { host: 'h2', count: '5' });

  it('reports a changed cell of a row paired by its key, showing only the differing cells', () => {
    const c = compareResults(exp, rs(['host', 'count'], { host: 'h1', count: '3' }, { host: 'h2', count: '6' }), { keyFields: ['host'] });
    expect(c.pass).toBe(false);
    expect(c.changed.map((ch) => [ch.expected.index, ch.actual.index, ch.cells])).toEqual([[1, 1, [{ field: 'count', expected: '5', actual: '6' }]]]);
    expect([c.missing, c.extra]).toEqual([[], []]);
  });

  it('reports a missing row', () => {
    const c = compareResults(exp, rs(['host', 'count'], { host: 'h1', count: '3' }));
    expect(c.missing.map((r) => r.index)).toEqual([1]);
    expect([c.pass, c.extra, c.changed]).toEqual([false, [], []]);
  });

  it('reports an extra row', () => {
    const c = compareResults(exp, rs(['host', 'count'], { host: 'h1', count: '3' }, { host: 'h3', count: '1' }, { host: 'h2', count: '5' }));
    expect(c.extra.map((r) => [r.index, r.row.get('host')])).toEqual([[1, 'h3']]);
    expect([c.pass, c.missing, c.changed]).toEqual([false, [], []]);
  });

  it('counts duplicates: each expected row needs its own actual row', () => {
    const one = rs(['a'], { a: 'x' });
    const two = rs(['a'], { a: 'x' }, { a: 'x' });
    expect(compareResults(two, one).missing.map((r) => r.index)).toEqual([1]);
    expect(compareResults(one, two).extra.map((r) => r.index)).toEqual([1]);
    expect(compareResults(two, two).pass).toBe(true);
  });

  it('finds the largest matching when tolerance makes equality non-transitive', () => {
    // 1.05 is within 0.1 of both 1.0 and 1.1; 0.95 only of 1.0: a greedy match would leave 0.95 unmatched.
    const c = compareResults(rs(['n'], { n: '1.05' }, { n: '0.95' }), rs(['n'], { n: '1.0' }, { n: '1.1' }), { tolerance: 0.1 });
    expect(c.pass).toBe(true);
  });

  it('compares position by position when ordered', () => {
    const swapped = rs(['host', 'count'], { host: 'h2', count: '5' }, { host: 'h1', count: '3' });
    expect(compareResults(exp, swapped).pass).toBe(true);
    const c = compareResults(exp, swapped, { ordered: true });
    expect(c.changed.map((ch) => [ch.expected.index, ch.actual.index, ch.cells.map((d) => d.field)])).toEqual([
      [0, 0, ['host', 'count']],
      [1, 1, ['host', 'count']],
    ]);
  });

  it('reports surplus rows at the end as missing or extra when ordered', () => {
    const longer = rs(['host', 'count'], { host: 'h1', count: '3' }, { host: 'h2', count: '5' }, { host: 'h9', count: '1' });
    expect(compareResults(exp, longer, { ordered: true })).toMatchObject({ matched: 2, missing: [], changed: [], extra: [{ index: 2 }] });
    expect(compareResults(longer, exp, { ordered: true })).toMatchObject({ matched: 2, extra: [], changed: [], missing: [{ index: 2 }] });
  });
});

describe('fields', () => {
  it('drops ignored fields from both sides', () => {
    const e = rs(['a', 'when'], { a: '1', when: 'today' });
    const a = rs(['a', 'when'], { a: '1', when: 'yesterday' });
    expect(compareResults(e, a).pass).toBe(false);
    expect(compareResults(e, a, { ignore: ['when'] }).pass).toBe(true);
  });

  it('ignores fields starting with _ unless kept', () => {
    const e = rs(['a', '_time'], { a: '1', _time: '100' });
    const a = rs(['a', '_time'], { a: '1', _time: '200' });
    expect(compareResults(e, a).pass).toBe(true);
    expect(compareResults(e, a, { keepInternal: ['_time'] }).pass).toBe(false);
  });

  it('reports a field only one header names, without failing when it is empty everywhere', () => {
    const c = compareResults(rs(['a', 'b'], { a: '1' }), rs(['a', 'c'], { a: '1' }));
    expect(c).toMatchObject({ pass: true, fieldsOnlyInExpected: ['b'], fieldsOnlyInActual: ['c'] });
  });

  it('fails when a field only one header names holds a value', () => {
    expect(compareResults(rs(['a', 'b'], { a: '1', b: 'x' }), rs(['a'], { a: '1' })).pass).toBe(false);
  });
});

describe('pairing unmatched rows for the diff', () => {
  const exp = rs(['user', 'src', 'count'], { user: 'bob', src: '10.0.0.1', count: '3' });

  it('pairs rows with equal key cells into one changed row, even when most cells differ', () => {
    const act = rs(['user', 'src', 'count'], { user: 'bob', src: '10.9.9.9', count: '4' });
    expect(compareResults(exp, act, { keyFields: ['user'] }).changed).toHaveLength(1);
  });

  it('does not pair rows whose key cells differ, however similar', () => {
    const act = rs(['user', 'src', 'count'], { user: 'alice', src: '10.0.0.1', count: '3' });
    const c = compareResults(exp, act, { keyFields: ['user'] });
    expect([c.changed.length, c.missing.length, c.extra.length]).toEqual([0, 1, 1]);
  });

  it('without keys, pairs the most similar rows when at least half their cells are equal', () => {
    const act = rs(['user', 'src', 'count'], { user: 'eve', src: '10.0.0.2', count: '3' }, { user: 'bob', src: '10.0.0.1', count: '4' });
    const c = compareResults(exp, act);
    expect(c.changed.map((ch) => [ch.actual.index, ch.cells.map((d) => d.field)])).toEqual([[1, ['count']]]);
    expect(c.extra.map((r) => r.index)).toEqual([0]);
  });

  it('without keys, leaves rows with fewer than half their cells equal as missing and extra', () => {
    const act = rs(['user', 'src', 'count'], { user: 'eve', src: '10.0.0.2', count: '3' });
    const c = compareResults(exp, act);
    expect([c.changed.length, c.missing.length, c.extra.length]).toEqual([0, 1, 1]);
  });
});

describe('options', () => {
  it('refuses a negative tolerance rather than comparing with it', () => {
    expect(() => compareResults(rs(['n'], { n: '1' }), rs(['n'], { n: '1' }), { tolerance: -1 })).toThrow('the tolerance must be a finite number ≥ 0, not -1');
  });
});
