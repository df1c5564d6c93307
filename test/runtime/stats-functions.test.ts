import { describe, expect, it } from 'vitest';
import { applyStats } from '../../src/runtime/commands/stats.js';
import { command, fakePort, plain, table, type Plain } from './helpers.js';

/** Runs `stats …` over rows and returns the single output row. */
function one(spl: string, rows: readonly Plain[]): Plain {
  const out = plain(applyStats(table(rows), command(spl, 'stats'), fakePort));
  expect(out.rows).toHaveLength(1);
  return out.rows[0]!;
}

describe('stats functions', () => {
  it('counts results, values of a field (each value of a multivalue field) and distinct values', () => {
    const rows: Plain[] = [{ x: ['a', 'b'] }, { x: 'c' }, { y: 1 }, { x: 'a' }];
    expect(one('stats count, count(x), c(x), dc(x), distinct_count(x)', rows)).toEqual({
      count: 4,
      'count(x)': 4,
      'c(x)': 4,
      'dc(x)': 3,
      'distinct_count(x)': 3,
    });
  });

  it('values(): distinct, in byte order ("44" < "443" < "4450" < "80"), keeping the first-seen value', () => {
    const rows: Plain[] = [{ p: 80 }, { p: '443' }, { p: 44 }, { p: '4450' }, { p: 443 }, {}];
    expect(one('stats values(p)', rows)).toEqual({ 'values(p)': [44, '443', '4450', 80] });
  });

  it('values(): strings compare exactly, uppercase before lowercase, code points above U+FFFF last', () => {
    const rows = ['smb', 'SMB', 'Smb', 'smb', '😀', '～'].map((app) => ({ app }));
    expect(one('stats values(app) as apps', rows)).toEqual({ apps: ['SMB', 'Smb', 'smb', '～', '😀'] });
  });

  it('values() and list() of one value are a plain value; of none, no field', () => {
    expect(one('stats values(x), list(x), values(y)', [{ x: 'a' }, { z: 1 }])).toEqual({ 'values(x)': 'a', 'list(x)': 'a' });
  });

  it('list(): in result order with duplicates, at most 100 values', () => {
    expect(one('stats list(x)', [{ x: 'b' }, { x: ['a', 'b'] }, {}, { x: 'b' }])).toEqual({ 'list(x)': ['b', 'a', 'b', 'b'] });
    const many = Array.from({ length: 150 }, (_, i) => ({ x: i }));
    expect(one('stats list(x) as l', many).l).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('min/max: numbers numerically, strings by byte order, numbers before strings (max of mixed values is a string)', () => {
    const mixed = [{ x: 3 }, { x: '10' }, { x: 'abc' }, { x: 'Abc' }, { x: 1 }];
    expect(one('stats min(x), max(x)', mixed)).toEqual({ 'min(x)': 1, 'max(x)': 'abc' });
    const numbers = [{ x: '9' }, { x: 10 }];
    expect(one('stats min(x), max(x)', numbers)).toEqual({ 'min(x)': 9, 'max(x)': 10 });
    const text = [{ x: 'b' }, { x: 'a' }, { x: 'C' }];
    expect(one('stats min(x), max(x)', text)).toEqual({ 'min(x)': 'C', 'max(x)': 'b' });
  });

  it('sum, avg/mean, range, sumsq use numeric values only', () => {
    const rows: Plain[] = [{ x: 3 }, { x: '10' }, { x: 'abc' }, { x: 1 }, {}];
    expect(one('stats sum(x), avg(x), mean(x), range(x), sumsq(x)', rows)).toEqual({
      'sum(x)': 14,
      'avg(x)': 14 / 3,
      'mean(x)': 14 / 3,
      'range(x)': 9,
      'sumsq(x)': 110,
    });
  });

  it('numeric functions over no numbers give no field; count and dc give 0', () => {
    expect(one('stats sum(x), avg(x), median(x), stdev(x), count(x), dc(x)', [{ x: 'abc' }, {}])).toEqual({ 'count(x)': 1, 'dc(x)': 1 });
  });

  it('variance and standard deviation: sample (var, stdev) and population (varp, stdevp)', () => {
    const rows = [2, 4, 4, 4, 5, 5, 7, 9].map((x) => ({ x }));
    expect(one('stats var(x), stdev(x), varp(x), stdevp(x)', rows)).toEqual({
      'var(x)': 32 / 7,
      'stdev(x)': Math.sqrt(32 / 7),
      'varp(x)': 4,
      'stdevp(x)': 2,
    });
    expect(one('stats stdev(x), var(x)', [{ x: 5 }])).toEqual({ 'stdev(x)': 0, 'var(x)': 0 });
  });

  it('median and percentiles use nearest rank: 0-based rank floor(p/100 × count)', () => {
    const four = [4, 1, 3, 2].map((x) => ({ x }));
    expect(one('stats median(x), perc25(x), p100(x), exactperc0(x), upperperc75(x)', four)).toEqual({
      'median(x)': 3,
      'perc25(x)': 2,
      'p100(x)': 4,
      'exactperc0(x)': 1,
      'upperperc75(x)': 4,
    });
    const five = [5, '1', 4, 'n/a', 2, 3].map((x) => ({ x }));
    expect(one('stats median(x), p99.9(x) as p', five)).toEqual({ 'median(x)': 3, p: 5 });
  });

  it('mode: the most frequent value, the first seen on a tie', () => {
    expect(one('stats mode(x)', ['a', 'b', 'b', 'a', 'c'].map((x) => ({ x })))).toEqual({ 'mode(x)': 'a' });
  });

  it('first/last follow result order; earliest/latest and their _time variants follow _time', () => {
    const rows: Plain[] = [{ _time: 300, user: 'c' }, { _time: 100, user: 'a' }, { _time: 200, user: 'b' }, { _time: 50 }];
    expect(one('stats first(user), last(user), earliest(user), latest(user), earliest_time(user), latest_time(user)', rows)).toEqual({
      'first(user)': 'c',
      'last(user)': 'b',
      'earliest(user)': 'a',
      'latest(user)': 'c',
      'earliest_time(user)': 100,
      'latest_time(user)': 300,
    });
  });

  it('count(eval(…)) counts the results where the expression is true; other functions take its value', () => {
    const rows: Plain[] = [{ s: 404, b: 10 }, { s: 200, b: 5 }, { s: 500, b: 1 }, { b: 7 }];
    expect(one('stats count(eval(s>399)) as errors, sum(eval(b)) as bytes', rows)).toEqual({ errors: 2, bytes: 23 });
  });

  it('names results as written, keeping the case of the function name', () => {
    const out = applyStats(table([{ x: 1 }]), command('stats Count, DC(x), max(x) as top', 'stats'), fakePort);
    expect(plain(out)).toEqual({ fields: ['Count', 'DC(x)', 'top'], rows: [{ Count: 1, 'DC(x)': 1, top: 1 }] });
  });
});
