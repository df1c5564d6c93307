import { describe, expect, it } from 'vitest';
import { errorOf, ev } from './helpers.js';

describe('if and case', () => {
  it('if() takes the true branch only for TRUE; null takes the false branch', () => {
    expect(ev('if(a=200, "OK", "Error")', { a: 200 })).toBe('OK');
    expect(ev('if(a=200, "OK", "Error")', { a: 404 })).toBe('Error');
    expect(ev('if(missing=200, "OK", "Error")')).toBe('Error');
  });

  it('if() evaluates only the branch it returns', () => {
    expect(ev('if(true(), 1, random())'.replace('random()', '1/0'))).toBe(1);
  });

  it('case() returns the first value whose condition is TRUE, else null', () => {
    const c = 'case(s==200, "OK", s==404, "Not found", true(), "Other")';
    expect(ev(c, { s: '404' })).toBe('Not found');
    expect(ev(c, { s: '500' })).toBe('Other');
    expect(ev('case(s==200, "OK")', { s: '500' })).toBe(null);
    expect(ev('case(missing==1, "a", 1==1, "b")')).toBe('b');
  });

  it('validate() returns the value of the first FALSE condition, else null', () => {
    const v = 'validate(isint(port), "not int", port >= 1 AND port <= 65535, "out of range")';
    expect(ev(v, { port: '80' })).toBe(null);
    expect(ev(v, { port: 'x' })).toBe('not int');
    expect(ev(v, { port: '70000' })).toBe('out of range');
  });
});

describe('coalesce, nullif, null, true, false', () => {
  it('coalesce() returns the first non-null value, "" included', () => {
    expect(ev('coalesce(a, b, "d")', { b: 'B' })).toBe('B');
    expect(ev('coalesce(a, b, "d")')).toBe('d');
    expect(ev('coalesce(a, b)', { a: '' })).toBe('');
    expect(ev('coalesce(a, b)')).toBe(null);
    expect(ev('coalesce(mv, "x")', { mv: ['1', '2'] })).toEqual(['1', '2']);
  });

  it('nullif() is null when equal, else the first value', () => {
    expect(ev('nullif(a, b)', { a: 'x', b: 'x' })).toBe(null);
    expect(ev('nullif(a, b)', { a: 'x', b: 'y' })).toBe('x');
    expect(ev('nullif(a, b)', { a: '1', b: 1 })).toBe(null);
  });

  it('null(), true() and false()', () => {
    expect(ev('null()')).toBe(null);
    expect(ev('true()')).toBe(true);
    expect(ev('false()')).toBe(false);
  });
});

describe('in() and like()', () => {
  it('in() matches any listed value', () => {
    expect(ev('if(in(status, "404", "500"), "err", "ok")', { status: '500' })).toBe('err');
    expect(ev('if(in(status, "404", "500"), "err", "ok")', { status: '200' })).toBe('ok');
    expect(ev('in(missing, "a")')).toBe(null);
  });

  it('like() works as the LIKE operator, in either keyword case', () => {
    expect(ev('like(ip, "198.%")', { ip: '198.51.100.1' })).toBe(true);
    expect(ev('LIKE(ip, "198.%")', { ip: '10.0.0.1' })).toBe(false);
    expect(ev('like(ip, "198._")', { ip: '198.5' })).toBe(true);
  });
});

describe('match', () => {
  it('finds the regex anywhere in the value', () => {
    expect(ev('match(f, "\\.net$")', { f: 'a@b.net' })).toBe(true);
    expect(ev('match(f, "^\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$")', { f: '10.1.2.3' })).toBe(true);
    expect(ev('match(f, "yes")', { f: 'no' })).toBe(false);
  });

  it('is case-sensitive unless the regex says (?i)', () => {
    expect(ev('match(p, "cmd\\.exe")', { p: 'CMD.EXE /c' })).toBe(false);
    expect(ev('match(p, "(?i)cmd\\.exe")', { p: 'CMD.EXE /c' })).toBe(true);
  });

  it('is null for a null value and any-of for a multivalue', () => {
    expect(ev('match(missing, "a")')).toBe(null);
    expect(ev('match(mv, "^b")', { mv: ['a', 'bc'] })).toBe(true);
  });

  it('takes a regex from a field, compiling each distinct one', () => {
    expect(ev('match(a, b)', { a: 'abc', b: 'b.' })).toBe(true);
    expect(ev('match(a, b)', { a: 'abc', b: '(' })).toBe(null);
  });
});

describe('cidrmatch', () => {
  it('matches IPv4 and IPv6 addresses against a subnet', () => {
    expect(ev('cidrmatch("192.0.2.0/24", ip)', { ip: '192.0.2.56' })).toBe(true);
    expect(ev('cidrmatch("192.0.2.0/24", ip)', { ip: '192.0.3.0' })).toBe(false);
    expect(ev('cidrmatch(s, ip)', { s: '2001:0db8:ffff:ffff:ffff:ffff:ffff:ff00/120', ip: '2001:0db8:ffff:ffff:ffff:ffff:ffff:ff99' })).toBe(true);
  });

  it('never matches a value that is not an IP; a bare address is a /32', () => {
    expect(ev('cidrmatch("10.0.0.0/8", ip)', { ip: 'unknown' })).toBe(false);
    expect(ev('cidrmatch("10.1.2.3", ip)', { ip: '10.1.2.3' })).toBe(true);
    expect(ev('cidrmatch("10.0.0.0/8", missing)')).toBe(null);
    expect(ev('cidrmatch("10.0.0.0/8", ips)', { ips: ['8.8.8.8', '10.9.9.9'] })).toBe(true);
  });
});

describe('searchmatch', () => {
  it('is refused with the call as the span', () => {
    expect(errorOf('if(searchmatch("x=hi"), "y", "n")')).toMatchObject({
      code: 'unsupported',
      at: 'searchmatch("x=hi")',
    });
  });
});
