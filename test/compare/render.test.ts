import { describe, expect, it } from 'vitest';
import type { Cell, ResultSet } from '../../src/baseline/baseline.js';
import { compareResults, renderComparison } from '../../src/compare/compare.js';

const rs = (fields: readonly string[], ...rows: Readonly<Record<string, Cell>>[]): ResultSet => ({ fields, rows: rows.map((r) => new Map(Object.entries(r))) });

const expected = rs(['host', 'count', 'app'], { host: 'h1', count: '3', app: ['SMB', 'smb'] }, { host: 'h2', count: '5' }, { host: 'h3', count: '1' });
const actual = rs(['host', 'count', 'app'], { host: 'h1', count: '3', app: ['SMB', 'smb'] }, { host: 'h2', count: '6' }, { host: 'h4', count: '2' });
const keyed = compareResults(expected, actual, { keyFields: ['host'] });

describe('renderComparison', () => {
  it('names rows by their key cells and shows only the differing cells of a changed row', () => {
    expect(renderComparison(keyed, { colour: false })).toBe(
      [
        'FAIL: 1 of 3 expected rows matched (3 actual rows): 1 missing, 1 extra, 1 changed',
        'missing rows (in expected, not in actual): 1',
        '  - host=h3 (row 3)',
        'extra rows (in actual, not in expected): 1',
        '  + host=h4 (row 3)',
        'changed rows: 1',
        '  ~ host=h2 (expected row 2, actual row 2)',
        '      count: expected "5" | actual "6"',
        '',
      ].join('\n'),
    );
  });

  it('colours missing and expected in red, extra and actual in green, only when asked', () => {
    const red = (s: string): string => `\x1b[31m${s}\x1b[0m`;
    const green = (s: string): string => `\x1b[32m${s}\x1b[0m`;
    expect(renderComparison(keyed, { colour: true })).toBe(
      [
        `${red('FAIL')}: 1 of 3 expected rows matched (3 actual rows): 1 missing, 1 extra, 1 changed`,
        'missing rows (in expected, not in actual): 1',
        red('  - host=h3 (row 3)'),
        'extra rows (in actual, not in expected): 1',
        green('  + host=h4 (row 3)'),
        'changed rows: 1',
        '  ~ host=h2 (expected row 2, actual row 2)',
        `      count: expected ${red('"5"')} | actual ${green('"6"')}`,
        '',
      ].join('\n'),
    );
  });

  it('without keys, names rows by number and their cells, and notes header-only fields', () => {
    const c = compareResults(
      rs(['user', 'app', 'n', 'note'], { user: 'bob', app: ['a', 'b'], n: '1' }, { user: 'al', note: 'two words' }),
      rs(['user', 'app', 'n'], { user: 'bob', app: 'a', n: '1' }),
    );
    expect(renderComparison(c, { colour: false })).toBe(
      [
        'FAIL: 0 of 2 expected rows matched (1 actual row): 1 missing, 0 extra, 1 changed',
        'note: only the expected header has note (a missing cell equals an empty one, so this fails nothing by itself)',
        'missing rows (in expected, not in actual): 1',
        '  - row 2: user=al, note="two words"',
        'changed rows: 1',
        '  ~ expected row 1, actual row 1: user=bob, app=[a, b], n=1',
        '      app: expected ["a", "b"] | actual "a"',
        '',
      ].join('\n'),
    );
  });

  it('shows a cell one side lacks as (absent)', () => {
    const c = compareResults(rs(['k', 'v'], { k: '1', v: 'x' }), rs(['k', 'v'], { k: '1' }), { keyFields: ['k'] });
    expect(renderComparison(c, { colour: false })).toContain('      v: expected "x" | actual (absent)\n');
  });

  it('says PASS with the number of rows matched', () => {
    expect(renderComparison(compareResults(expected, expected), { colour: false })).toBe('PASS: 3 rows match\n');
  });

  it('lists the first 20 rows of a kind, then how many more', () => {
    const many = rs(['n'], ...Array.from({ length: 25 }, (_, i) => ({ n: String(i) })));
    const lines = renderComparison(compareResults(many, rs(['n'])), { colour: false }).trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('  - '))).toHaveLength(20);
    expect(lines.at(-1)).toBe('  … and 5 more');
  });
});
