import { describe, expect, it } from 'vitest';
import { ev } from './helpers.js';

describe('len, lower, upper', () => {
  it('len() counts code points', () => {
    expect(ev('len("buttercup")')).toBe(9);
    expect(ev('len(s)', { s: 'héllo😀' })).toBe(6);
    expect(ev('length("abc")')).toBe(3);
    expect(ev('len(n)', { n: 1234 })).toBe(4);
  });

  it('len() is null for null and multivalues', () => {
    expect(ev('len(missing)')).toBe(null);
    expect(ev('len(mv)', { mv: ['a', 'b'] })).toBe(null);
  });

  it('lower() and upper() convert each value of a multivalue', () => {
    expect(ev('lower("UserName")')).toBe('username');
    expect(ev('upper("UserName")')).toBe('USERNAME');
    expect(ev('lower(mv)', { mv: ['A', 'b'] })).toEqual(['a', 'b']);
    expect(ev('lower(missing)')).toBe(null);
  });
});

describe('trim, ltrim, rtrim', () => {
  it('remove the given characters from the sides', () => {
    expect(ev('ltrim("   ZZZZabcZZ ", " Z")')).toBe('abcZZ ');
    expect(ev('rtrim("   ZZZZabcZZ ", " Z")')).toBe('   ZZZZabc');
    expect(ev('trim("   ZZZZabcZZ ", " Z")')).toBe('abc');
    expect(ev('ltrim(cost, "$")', { cost: '$12' })).toBe('12');
  });

  it('remove spaces and tabs by default, not newlines', () => {
    expect(ev('trim(s)', { s: ' \t a b \t' })).toBe('a b');
    expect(ev('trim(s)', { s: '\na\n' })).toBe('\na\n');
  });

  it('are null for null and multivalues', () => {
    expect(ev('trim(missing)')).toBe(null);
    expect(ev('trim(mv)', { mv: [' a', 'b '] })).toBe(null);
  });
});

describe('replace', () => {
  it('replaces every match, with \\1 group references', () => {
    expect(ev('replace(date, "^(\\d{1,2})/(\\d{1,2})/", "\\2/\\1/")', { date: '1/14/2023' })).toBe('14/1/2023');
    expect(ev('replace(dst, ":.*", "")', { dst: '54.81.233.206:443:X1' })).toBe('54.81.233.206');
    expect(ev('replace("aaa", "a", "b")')).toBe('bbb');
  });

  it('handles ESCU patterns: doubled backslashes and lookahead', () => {
    expect(ev('replace(w, "\\\\\\\\", "")', { w: '\\\\HOST' })).toBe('HOST');
    expect(ev('replace(u, "(.*)\\\\\\(.+)$", "\\2")', { u: 'DOMAIN\\alice' })).toBe('alice');
    expect(ev('replace(f, "(.*\\\\\\)(?=.*(\\.\\w*)$)", "")', { f: 'C:\\Windows\\cmd.exe' })).toBe('cmd.exe');
  });

  it('keeps $ literal and expands \\0 to the whole match', () => {
    expect(ev('replace("ab", "b", "$1")')).toBe('a$1');
    expect(ev('replace("ab", "b", "<\\0>")')).toBe('a<b>');
  });

  it('copes with empty matches', () => {
    expect(ev('replace("abc", "x*", "-")')).toBe('-a-b-c-');
  });

  it('is null for a null value', () => {
    expect(ev('replace(missing, "a", "b")')).toBe(null);
  });
});

describe('substr', () => {
  it('is 1-based with negative starts from the end', () => {
    expect(ev('substr("string", 1, 3) + substr("string", -3)')).toBe('string');
    expect(ev('substr("string", 2)')).toBe('tring');
    expect(ev('substr("string", -2, 1)')).toBe('n');
  });

  it('follows SQLite for start 0, negative lengths and overruns', () => {
    expect(ev('substr("abc", 0, 2)')).toBe('a');
    expect(ev('substr("abcdef", 4, -2)')).toBe('bc');
    expect(ev('substr("abc", 5)')).toBe('');
    expect(ev('substr("abc", -5, 3)')).toBe('a');
  });

  it('is null for null input and a non-numeric start', () => {
    expect(ev('substr(missing, 1)')).toBe(null);
    expect(ev('substr("abc", "x")')).toBe(null);
  });
});

describe('urldecode', () => {
  it('decodes percent escapes as UTF-8', () => {
    expect(ev('urldecode("http%3A%2F%2Fwww.splunk.com%2Fdownload%3Fr%3Dheader")')).toBe('http://www.splunk.com/download?r=header');
    expect(ev('urldecode("caf%C3%A9+x%zz")')).toBe('café+x%zz');
  });
});

describe('spath', () => {
  const json = '{"a":{"b":[{"c":1},{"c":"two"}],"t":true},"s":"x"}';

  it('extracts values by path, {} for every element, {n} from 0', () => {
    expect(ev('spath(j, "s")', { j: json })).toBe('x');
    expect(ev('spath(j, "a.b{}.c")', { j: json })).toEqual([1, 'two']);
    expect(ev('spath(j, "a.b{1}.c")', { j: json })).toBe('two');
    expect(ev('spath(j, "a.t")', { j: json })).toBe('true');
    expect(ev('spath(j, "a.b{0}")', { j: json })).toBe('{"c":1}');
  });

  it('is null for a missing path or text that is not JSON', () => {
    expect(ev('spath(j, "nope")', { j: json })).toBe(null);
    expect(ev('spath(j, "a")', { j: '<a>1</a>' })).toBe(null);
  });
});
