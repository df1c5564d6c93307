import { describe, expect, it } from 'vitest';
import { errorOf, ev } from './helpers.js';

const names = ['alex', 'celestino', 'claudia', 'david', 'ikraam', 'nyah', 'rutherford', 'wei'];

describe('mvappend, mvcount, split', () => {
  it('mvappend() flattens values and skips nulls', () => {
    expect(ev('mvappend("localhost", srcip)', { srcip: ['10.0.0.1', '10.0.0.2'] })).toEqual(['localhost', '10.0.0.1', '10.0.0.2']);
    expect(ev('mvappend(a, missing)', { a: 'x' })).toBe('x');
    expect(ev('mvappend(missing, other)')).toBe(null);
  });

  it('mvcount() counts values; a single value is 1, a missing field null', () => {
    expect(ev('mvcount(mv)', { mv: ['a', 'b', 'c'] })).toBe(3);
    expect(ev('mvcount(s)', { s: 'a' })).toBe(1);
    expect(ev('mvcount(missing)')).toBe(null);
    expect(ev('mvcount(split(to, "@"))-1', { to: 'a@b.com' })).toBe(1);
  });

  it('split() splits on a delimiter, or per character on ""', () => {
    expect(ev('split("a;b;c", ";")')).toEqual(['a', 'b', 'c']);
    expect(ev('split("name::value", "::")')).toEqual(['name', 'value']);
    expect(ev('split("abcd", "")')).toEqual(['a', 'b', 'c', 'd']);
    expect(ev('split("abc", ";")')).toBe('abc');
    expect(ev('split(missing, ";")')).toBe(null);
  });
});

describe('mvindex', () => {
  it('takes one value or an inclusive range, 0-based, negative from the end', () => {
    expect(ev('mvindex(names, 2)', { names })).toBe('claudia');
    expect(ev('mvindex(names, 0, 3)', { names })).toEqual(['alex', 'celestino', 'claudia', 'david']);
    expect(ev('mvindex(names, -1)', { names })).toBe('wei');
    expect(ev('mvindex(names, -3, -1)', { names })).toEqual(['nyah', 'rutherford', 'wei']);
  });

  it('is null out of range, clips an end past the last value', () => {
    expect(ev('mvindex(names, 8)', { names })).toBe(null);
    expect(ev('mvindex(names, -9)', { names })).toBe(null);
    expect(ev('mvindex(names, 6, 20)', { names })).toEqual(['rutherford', 'wei']);
    expect(ev('mvindex(names, 3, 1)', { names })).toBe(null);
  });

  it('treats a single value as a one-value list', () => {
    expect(ev('mvindex(s, 0)', { s: 'only' })).toBe('only');
    expect(ev('mvindex(split(m, "@"), -1)', { m: 'bob@example.com' })).toBe('example.com');
  });
});

describe('mvfilter and mvmap', () => {
  it('mvfilter() keeps the values for which the predicate is TRUE', () => {
    expect(ev('mvfilter(match(email, "\\.net$") OR match(email, "\\.org$"))', { email: ['a@x.net', 'b@y.com', 'c@z.org'] })).toEqual([
      'a@x.net',
      'c@z.org',
    ]);
    expect(ev('mvfilter(targets LIKE "AppInstance%")', { targets: ['AppInstance1', 'Other'] })).toBe('AppInstance1');
    expect(ev('mvfilter(x!="a")', { x: ['a'] })).toBe(null);
    expect(ev('mvfilter(isnotnull(missing))')).toBe(null);
  });

  it('mvfilter() must name exactly one field', () => {
    expect(errorOf('mvfilter(a=b)')).toMatchObject({ code: 'invalid-argument', at: 'a=b' });
    expect(errorOf('mvfilter(true())')).toMatchObject({ code: 'invalid-argument' });
  });

  it('mvmap() maps each value with the field bound to it, dropping nulls', () => {
    expect(ev('mvmap(results, results*10)', { results: ['1', '2'] })).toEqual([10, 20]);
    expect(ev('mvmap(results, results*t)', { results: ['1', '2'], t: '3' })).toEqual([3, 6]);
    expect(ev('mvmap(mvindex(r, 1, 2), r*2)', { r: ['1', '2', '3'] })).toEqual([4, 6]);
    const diff = 'mvmap(new, if(isnull(mvfind(old, new)), new, null))';
    expect(ev(diff, { new: ['a', 'b', 'c'], old: ['b'] })).toEqual(['a', 'c']);
  });
});

describe('mvfind, mvjoin, mvdedup, mvsort, mvreverse', () => {
  it('mvfind() gives the index of the first value matching a regex, or null', () => {
    expect(ev('mvfind(mv, "err\\d+")', { mv: ['ok', 'err42', 'err7'] })).toBe(1);
    expect(ev('mvfind(mv, "nope")', { mv: ['ok'] })).toBe(null);
    expect(ev('mvfind(s, "o")', { s: 'ok' })).toBe(0);
  });

  it('mvjoin() joins values with a delimiter', () => {
    expect(ev('mvjoin(mvrange(1, 6), " OR ")')).toBe('1 OR 2 OR 3 OR 4 OR 5');
    expect(ev('mvjoin(s, ";")', { s: 'one' })).toBe('one');
    expect(ev('mvjoin(missing, ";")')).toBe(null);
  });

  it('mvdedup() keeps first occurrences in order', () => {
    expect(ev('mvdedup(mv)', { mv: ['b', 'a', 'b', 'c', 'a'] })).toEqual(['b', 'a', 'c']);
  });

  it('mvsort() sorts lexicographically by UTF-8 bytes', () => {
    expect(ev('mvsort(mv)', { mv: ['10', '9', '70', '100', 'b', 'B', 'a'] })).toEqual(['10', '100', '70', '9', 'B', 'a', 'b']);
  });

  it('mvreverse() reverses', () => {
    expect(ev('mvreverse(split("1,2,3", ","))')).toEqual(['3', '2', '1']);
  });
});

describe('mvzip and mvrange', () => {
  it('mvzip() pairs values with "," or a given delimiter', () => {
    expect(ev('mvzip(h, p)', { h: ['a', 'b'], p: ['80', '443'] })).toEqual(['a,80', 'b,443']);
    expect(ev('mvzip(h, p, "|")', { h: ['a', 'b', 'c'], p: ['80', '443'] })).toEqual(['a|80', 'b|443']);
    expect(ev('mvzip(h, missing)', { h: 'a' })).toBe(null);
  });

  it('mvrange() excludes the end; a timespan step walks UNIX time', () => {
    expect(ev('mvrange(1, 11, 2)')).toEqual([1, 3, 5, 7, 9]);
    expect(ev('mvrange(5, 1, -2)')).toEqual([5, 3]);
    expect(ev('mvrange(1, 5, 0)')).toBe(null);
    expect(ev('mvrange(0, 1209600, "7d")')).toEqual([0, 604800]);
    expect(ev('mvcount(mvrange(1514834731, 1524134919, "7d"))')).toBe(16);
  });
});
