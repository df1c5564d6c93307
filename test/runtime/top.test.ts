import { describe, expect, it } from 'vitest';
import { applyTop } from '../../src/runtime/commands/top.js';
import { command, expectRefused, plain, table, type Plain } from './helpers.js';

const rows: Plain[] = [
  { src: 'a', dest: 'x' },
  { src: 'b', dest: 'y' },
  { src: 'a', dest: 'x' },
  { src: 'c', dest: 'x' },
  { src: 'a', dest: 'y' },
  { src: 'b', dest: 'x' },
  { dest: 'x' },
];

function top(spl: string, input: readonly Plain[] = rows) {
  return plain(applyTop(table(input), command(spl, spl.startsWith('rare') ? 'rare' : 'top')));
}

describe('top and rare', () => {
  it('counts values, most common first, with percentages shown to six decimals', () => {
    expect(top('top src')).toEqual({
      fields: ['src', 'count', 'percent'],
      rows: [
        { src: 'a', count: 3, percent: '50.000000' },
        { src: 'b', count: 2, percent: '33.333333' },
        { src: 'c', count: 1, percent: '16.666667' },
      ],
    });
  });

  it('rare puts the least common first', () => {
    expect(top('rare src').rows.map((r) => r.src)).toEqual(['c', 'b', 'a']);
  });

  it('limits with N or limit= (0 returns all)', () => {
    expect(top('top 2 src').rows.map((r) => r.src)).toEqual(['a', 'b']);
    expect(top('top limit=1 src').rows.map((r) => r.src)).toEqual(['a']);
    expect(top('top limit=0 src').rows).toHaveLength(3);
  });

  it('counts combinations of several fields, ties in order of appearance', () => {
    expect(top('top src dest').rows).toEqual([
      { src: 'a', dest: 'x', count: 2, percent: '33.333333' },
      { src: 'b', dest: 'y', count: 1, percent: '16.666667' },
      { src: 'c', dest: 'x', count: 1, percent: '16.666667' },
      { src: 'a', dest: 'y', count: 1, percent: '16.666667' },
      { src: 'b', dest: 'x', count: 1, percent: '16.666667' },
    ]);
  });

  it('counts per BY group, groups in BY-value order', () => {
    expect(top('top 1 src by dest')).toEqual({
      fields: ['dest', 'src', 'count', 'percent'],
      rows: [
        { dest: 'x', src: 'a', count: 2, percent: '50.000000' },
        { dest: 'y', src: 'b', count: 1, percent: '50.000000' },
      ],
    });
  });

  it('renames or hides the count and percent fields', () => {
    expect(top('top countfield=n percentfield=p src').fields).toEqual(['src', 'n', 'p']);
    expect(top('top showperc=false src').rows[0]).toEqual({ src: 'a', count: 3 });
    expect(top('top showcount=f showperc=f src').rows[0]).toEqual({ src: 'a' });
  });

  it('useother=true adds a row for the values cut off by the limit', () => {
    expect(top('top limit=1 useother=true otherstr=rest src').rows).toEqual([
      { src: 'a', count: 3, percent: '50.000000' },
      { src: 'rest', count: 3, percent: '50.000000' },
    ]);
  });

  it('counts each value of a multivalue field', () => {
    expect(top('top t', [{ t: ['p', 'q'] }, { t: 'p' }]).rows).toEqual([
      { t: 'p', count: 2, percent: '66.666667' },
      { t: 'q', count: 1, percent: '33.333333' },
    ]);
  });

  it('refuses unknown options', () => {
    expectRefused(() => top('top foo=1 src'), 'unsupported: unsupported: top option foo=');
  });
});
