import { describe, expect, it } from 'vitest';
import { applyRex } from '../../src/runtime/commands/rex.js';
import { command, expectRefused, plain, table, type Plain } from './helpers.js';

function rex(spl: string, rows: readonly Plain[], fields?: readonly string[]): { fields: readonly string[]; rows: Plain[] } {
  return plain(applyRex(table(rows, fields), command(spl, 'rex')));
}

describe('rex extraction', () => {
  it('extracts named groups from _raw by default, adding the new fields in group order', () => {
    expect(rex('rex "user=(?<user>\\w+) port=(?<port>\\d+)"', [{ _raw: 'x user=bob port=22' }, { _raw: 'nothing' }])).toEqual({
      fields: ['_raw', 'user', 'port'],
      rows: [{ _raw: 'x user=bob port=22', user: 'bob', port: '22' }, { _raw: 'nothing' }],
    });
  });

  it('reads field=, accepts (?P<name>…), ignores unnamed groups, and matches numbers as text', () => {
    expect(rex('rex field=n "(\\d)(?P<tail>\\d+)"', [{ n: 1234 }, { other: 'x' }])).toEqual({
      fields: ['n', 'other', 'tail'],
      rows: [{ n: 1234, tail: '234' }, { other: 'x' }],
    });
  });

  it('sets only groups that took part with a non-empty value; other fields keep what they had', () => {
    const rows: Plain[] = [{ s: 'a=1', a: 'old', b: 'old' }, { s: 'b=', a: 'old', b: 'old' }, { s: 'zzz', a: 'old' }];
    expect(rex('rex field=s "a=(?<a>\\d+)|b=(?<b>\\d*)"', rows).rows).toEqual([
      { s: 'a=1', a: '1', b: 'old' },
      { s: 'b=', a: 'old', b: 'old' },
      { s: 'zzz', a: 'old' },
    ]);
  });

  it('replaces a field with its own extraction', () => {
    expect(rex('rex field=p "(?<p>\\d+)"', [{ p: 'port 80' }]).rows).toEqual([{ p: '80' }]);
  });

  it('max_match=N collects up to N matches as a multivalue field; one value stays single', () => {
    const rows = [{ s: 'k=1 k=2 k=3' }, { s: 'k=9' }];
    expect(rex('rex field=s max_match=2 "k=(?<k>\\d)"', rows).rows).toEqual([{ s: 'k=1 k=2 k=3', k: ['1', '2'] }, { s: 'k=9', k: '9' }]);
    expect(rex('rex field=s max_match=0 "k=(?<k>\\d)"', rows).rows).toEqual([{ s: 'k=1 k=2 k=3', k: ['1', '2', '3'] }, { s: 'k=9', k: '9' }]);
    expect(rex('rex field=s "k=(?<k>\\d)"', rows).rows).toEqual([{ s: 'k=1 k=2 k=3', k: '1' }, { s: 'k=9', k: '9' }]);
  });

  it('max_match keeps, per group, only the matches where that group took part', () => {
    expect(rex('rex field=s max_match=0 "(?:a(?<a>\\d)|b(?<b>\\d))"', [{ s: 'a1 b2 a3' }]).rows).toEqual([{ s: 'a1 b2 a3', a: ['1', '3'], b: '2' }]);
  });

  it('does not loop on a pattern that matches the empty string', () => {
    expect(rex('rex field=s max_match=0 "(?<d>\\d*)"', [{ s: '1a22' }]).rows).toEqual([{ s: '1a22', d: ['1', '22'] }]);
  });

  it('uses PCRE meaning: case-insensitive (?i)', () => {
    expect(rex('rex field=s "(?i)USER=(?<u>\\w+)"', [{ s: 'user=Ann' }]).rows).toEqual([{ s: 'user=Ann', u: 'Ann' }]);
  });

  it('does not mutate its input rows', () => {
    const input = table([{ s: 'k=1' }]);
    applyRex(input, command('rex field=s "k=(?<k>\\d)"', 'rex'));
    expect(plain(input).rows).toEqual([{ s: 'k=1' }]);
  });

  it('refuses what it does not implement', () => {
    const t = table([{ s: 'x' }, { s: ['a', 'b'] }]);
    expectRefused(() => applyRex(t, command('rex field=s offset_field=o "(?<x>x)"', 'rex')), 'unsupported: unsupported: rex offset_field=');
    expectRefused(() => applyRex(t, command('rex field=s "(?<_KEY_1>\\w)=(?<_VAL_1>\\w)"', 'rex')), 'unsupported: unsupported: rex group _KEY_1 (field names from the data)');
    expectRefused(() => applyRex(t, command('rex field=s "(?>x)"', 'rex')), 'unsupported: unsupported: PCRE atomic group (?>…) in regular expression');
    expectRefused(() => applyRex(t, command('rex field=s "(x)"', 'rex')), 'invalid-argument: rex regex has no named group (?<name>…), so it extracts nothing');
    expectRefused(() => applyRex(t, command('rex foo=1 "(?<x>x)"', 'rex')), 'unsupported: unsupported: rex option foo=');
    expectRefused(() => applyRex(t, command('rex max_match=two "(?<x>x)"', 'rex')), 'invalid-argument: max_match expects a whole number, not "two"');
  });
});

describe('rex mode=sed', () => {
  const rows: Plain[] = [{ s: 'a-b-c' }, { n: 5 }, { s: 12 }];

  it('replaces the first match, every match with g, or the Nth match with N', () => {
    expect(rex('rex field=s mode=sed "s/-/+/"', rows).rows).toEqual([{ s: 'a+b-c' }, { n: 5 }, { s: 12 }]);
    expect(rex('rex field=s mode=sed "s/-/+/g"', rows).rows).toEqual([{ s: 'a+b+c' }, { n: 5 }, { s: 12 }]);
    expect(rex('rex field=s mode=sed "s/-/+/2"', rows).rows).toEqual([{ s: 'a-b+c' }, { n: 5 }, { s: 12 }]);
    expect(rex('rex field=s mode=sed "s/-/+/3"', rows).rows).toEqual([{ s: 'a-b-c' }, { n: 5 }, { s: 12 }]);
  });

  it('expands \\N back references, \\0 the whole match, and reads numbers as text', () => {
    expect(rex('rex field=s mode=sed "s/(\\w)-(\\w)/\\2=\\1[\\0]/"', rows).rows[0]).toEqual({ s: 'b=a[a-b]-c' });
    expect(rex('rex field=s mode=sed "s/1/x/"', rows).rows[2]).toEqual({ s: 'x2' });
  });

  it('masks as in the docs example, with escaped slashes', () => {
    const masked = rex('rex field=cc mode=sed "s/(\\\\d{4}-){3}/XXXX-XXXX-XXXX-/g"', [{ cc: '1234-5678-9012-3456' }]);
    expect(masked.rows).toEqual([{ cc: 'XXXX-XXXX-XXXX-3456' }]);
    expect(rex('rex field=p mode=sed "s/\\/tmp\\//\\/var\\//g"', [{ p: '/tmp/a' }]).rows).toEqual([{ p: '/var/a' }]);
  });

  it('y substitutes characters', () => {
    expect(rex('rex field=s mode=sed "y/abc/xyz/"', rows).rows[0]).toEqual({ s: 'x-y-z' });
  });

  it('works on _raw by default and leaves rows without the field as they are', () => {
    expect(rex('rex mode=sed "s/a/b/"', [{ _raw: 'aa' }, { x: 1 }]).rows).toEqual([{ _raw: 'ba' }, { x: 1 }]);
  });

  it('refuses what it does not implement', () => {
    const t = table([{ s: 'x' }]);
    const sed = (expr: string) => () => applyRex(t, command(`rex field=s mode=sed "${expr}"`, 'rex'));
    expectRefused(sed('s/x/&&/'), 'unsupported: unsupported: "&" in a sed replacement (write "\\0" for the whole match)');
    expectRefused(sed('s/x/y/2g'), 'unsupported: unsupported: sed flags "2g" (only g or a number)');
    expectRefused(sed('s|x|y|'), 'unsupported: unsupported: sed delimiter "|" (only "/" is supported)');
    expectRefused(sed('d/x/'), 'invalid-argument: rex mode=sed expects "s/regex/replacement/flags" or "y/from/to/", not "d/x/"');
    expectRefused(sed('s/x/y'), 'invalid-argument: sed expression "s/x/y" needs three "/" after "s"');
    expectRefused(sed('y/ab/c/'), 'invalid-argument: sed "y" needs strings of the same length (2 and 1 characters)');
    expectRefused(() => applyRex(t, command('rex field=s mode=sed max_match=2 "s/x/y/"', 'rex')), 'invalid-argument: rex max_match= does not apply to mode=sed');
    expectRefused(() => applyRex(t, command('rex field=s mode=perl "s/x/y/"', 'rex')), 'invalid-argument: rex mode= must be sed, not "perl"');
  });
});

describe('rex on a multivalue field', () => {
  const MV_REFUSAL = 'unsupported: unsupported: rex on the multivalue field s: reading its values one by one or joined by newlines gives different results, and the docs do not say which Splunk does';

  it('extracts from every value, in value order, when every reading agrees', () => {
    const rows = [{ s: ['(A;1)(B;2)', '(C;3)'] }];
    expect(rex('rex field=s max_match=0 "\\((?<ace>.*?)\\)"', rows).rows).toEqual([{ s: ['(A;1)(B;2)', '(C;3)'], ace: ['A;1', 'B;2', 'C;3'] }]);
  });

  it('extracts one value with max_match=1 when only one value matches', () => {
    expect(rex('rex field=s "user=(?<u>\\w+)"', [{ s: ['none', 'user=bob'] }]).rows).toEqual([{ s: ['none', 'user=bob'], u: 'bob' }]);
  });

  it('refuses max_match=1 when several values match (the first match overall, or one per value?)', () => {
    expectRefused(() => rex('rex field=s "(?<x>.)"', [{ s: ['a', 'b'] }]), MV_REFUSAL);
  });

  it('refuses a regex whose match would cross from one value to the next', () => {
    expectRefused(() => rex('rex field=s "(?<x>a\\sb)"', [{ s: ['a', 'b'] }]), MV_REFUSAL);
  });

  it('refuses an anchor that reads differently in joined text', () => {
    expectRefused(() => rex('rex field=s max_match=0 "^(?<x>\\w)"', [{ s: ['a', 'b'] }]), MV_REFUSAL);
  });

  it('mode=sed edits each value with g, keeping the field multivalue', () => {
    expect(rex('rex field=s mode=sed "s/-/+/g"', [{ s: ['a-b', 'c-d', 'e'] }]).rows).toEqual([{ s: ['a+b', 'c+d', 'e'] }]);
  });

  it('mode=sed edits the one value that matches without g', () => {
    expect(rex('rex field=s mode=sed "s/-/+/"', [{ s: ['ab', 'c-d-e'] }]).rows).toEqual([{ s: ['ab', 'c+d-e'] }]);
  });

  it('mode=sed refuses a single replacement that two values would take', () => {
    expectRefused(() => rex('rex field=s mode=sed "s/-/+/"', [{ s: ['a-b', 'c-d'] }]), MV_REFUSAL);
  });
});
