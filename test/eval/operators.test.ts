import { describe, expect, it } from 'vitest';
import { ev } from './helpers.js';

describe('arithmetic', () => {
  it('adds, subtracts, multiplies, divides and takes the modulus', () => {
    expect(ev('1+2*3')).toBe(7);
    expect(ev('(1+2)*3')).toBe(9);
    expect(ev('10-4-3')).toBe(3);
    expect(ev('7/2')).toBe(3.5);
    expect(ev('7%3')).toBe(1);
    expect(ev('-7%3')).toBe(-1);
    expect(ev('2*-3')).toBe(-6);
  });

  it('reads numeric strings as numbers, so "5"+1 is 6', () => {
    expect(ev('n+1', { n: '5' })).toBe(6);
    expect(ev('"5"+1')).toBe(6);
    expect(ev('n*2', { n: '2.5' })).toBe(5);
    expect(ev('n*2', { n: ' 2' })).toBe(null);
  });

  it('concatenates two non-numeric strings with +', () => {
    expect(ev('"a"+"b"')).toBe('ab');
    expect(ev('s+"!"', { s: 'hey' })).toBe('hey!');
  });

  it('is null for a null, non-numeric or multivalue operand', () => {
    expect(ev('missing+1')).toBe(null);
    expect(ev('"a"+1')).toBe(null);
    expect(ev('"a"*2')).toBe(null);
    expect(ev('mv+1', { mv: ['1', '2'] })).toBe(null);
  });

  it('gives null when dividing by zero', () => {
    expect(ev('1/0')).toBe(null);
    expect(ev('1%0')).toBe(null);
  });
});

describe('concatenation', () => {
  it('joins strings and numbers in their text form', () => {
    expect(ev('"a"."b"')).toBe('ab');
    expect(ev('1 . 2')).toBe('12');
    expect(ev('first." ".last', { first: 'Ada', last: 'Lovelace' })).toBe('Ada Lovelace');
    expect(ev('x."s"', { x: 2.5 })).toBe('2.5s');
  });

  it('is null when a side is null or multivalue', () => {
    expect(ev('"a".missing')).toBe(null);
    expect(ev('mv."x"', { mv: ['a', 'b'] })).toBe(null);
  });
});

describe('comparisons', () => {
  it('treats = and == alike', () => {
    expect(ev('if(a=1, "y", "n")', { a: '1' })).toBe('y');
    expect(ev('if(a==1.0, "y", "n")', { a: '1' })).toBe('y');
  });

  it('compares numerically when both sides are numbers', () => {
    expect(ev('if(a<10, "y", "n")', { a: '9' })).toBe('y');
    expect(ev('if(a>b, "y", "n")', { a: '10', b: '9' })).toBe('y');
  });

  it('compares strings by text, case-sensitively', () => {
    expect(ev('if(a="ERROR", "y", "n")', { a: 'error' })).toBe('n');
    expect(ev('if(a="error", "y", "n")', { a: 'error' })).toBe('y');
    expect(ev('if(a<b, "y", "n")', { a: '10', b: '9x' })).toBe('y');
    expect(ev('if(a<b, "y", "n")', { a: 'B', b: 'a' })).toBe('y');
  });

  it('is null when either side is null', () => {
    expect(ev('missing="a"')).toBe(null);
    expect(ev('missing!="a"')).toBe(null);
  });

  it('holds for a multivalue when any value matches', () => {
    expect(ev('mv="b"', { mv: ['a', 'b'] })).toBe(true);
    expect(ev('mv="c"', { mv: ['a', 'b'] })).toBe(false);
    expect(ev('mv>1', { mv: ['0', '5'] })).toBe(true);
  });

  it('compares field to field', () => {
    expect(ev('a=b', { a: 'x', b: 'x' })).toBe(true);
  });
});

describe('LIKE', () => {
  it('matches % and _ wildcards over the whole value', () => {
    expect(ev('a LIKE "foo%"', { a: 'foobar' })).toBe(true);
    expect(ev('a LIKE "f_o"', { a: 'foo' })).toBe(true);
    expect(ev('a LIKE "f_o"', { a: 'fooo' })).toBe(false);
    expect(ev('a LIKE "%.exe"', { a: 'cmd.exe' })).toBe(true);
    expect(ev('a LIKE "%.exe"', { a: 'cmdxexe' })).toBe(false);
  });

  it('is case-sensitive', () => {
    expect(ev('a LIKE "FOO%"', { a: 'foobar' })).toBe(false);
  });

  it('is null for a null value, and any-of for a multivalue', () => {
    expect(ev('missing LIKE "%"')).toBe(null);
    expect(ev('mv LIKE "App%"', { mv: ['x', 'AppInstance1'] })).toBe(true);
  });
});

describe('IN', () => {
  it('is true when the value equals a listed one', () => {
    expect(ev('s IN ("a", "b")', { s: 'b' })).toBe(true);
    expect(ev('s IN ("a", "b")', { s: 'c' })).toBe(false);
    expect(ev('p IN (80, 443)', { p: '443' })).toBe(true);
  });

  it('is null for a null value', () => {
    expect(ev('missing IN ("a")')).toBe(null);
  });
});

describe('boolean logic with nulls', () => {
  it('follows three-valued logic', () => {
    expect(ev('missing="a" OR 1=1')).toBe(true);
    expect(ev('missing="a" OR 1=2')).toBe(null);
    expect(ev('missing="a" AND 1=2')).toBe(false);
    expect(ev('missing="a" AND 1=1')).toBe(null);
    expect(ev('NOT missing="a"')).toBe(null);
    expect(ev('NOT 1=2')).toBe(true);
    expect(ev('1=1 XOR 1=2')).toBe(true);
    expect(ev('1=1 XOR missing=1')).toBe(null);
  });

  it('evaluates the CIM pattern isnull(x) OR x=""', () => {
    expect(ev('if(isnull(action) OR action="", "unknown", action)')).toBe('unknown');
    expect(ev('if(isnull(action) OR action="", "unknown", action)', { action: '' })).toBe('unknown');
    expect(ev('if(isnull(action) OR action="", "unknown", action)', { action: 'allowed' })).toBe('allowed');
  });
});

describe('precedence, through the parser', () => {
  it('binds NOT over AND over OR over XOR', () => {
    expect(ev('1=1 OR 1=1 AND 1=2')).toBe(true);
    expect(ev('NOT 1=1 OR 1=1')).toBe(true);
    expect(ev('NOT (1=1 OR 1=1)')).toBe(false);
    expect(ev('1=1 XOR 1=1 OR 1=1')).toBe(false);
  });

  it('binds * over + and . alike, left to right', () => {
    expect(ev('2+3*4')).toBe(14);
    expect(ev('"a" . 1+2')).toBe(null);
    expect(ev('1+2 . "x"')).toBe('3x');
    expect(ev('2*3 . 4')).toBe('64');
  });

  it('reads field names, quoted field names and unary minus', () => {
    expect(ev("'server-1'+1", { 'server-1': 2 })).toBe(3);
    expect(ev("'a b'", { 'a b': 'v' })).toBe('v');
    expect(ev('-n', { n: '4' })).toBe(-4);
    expect(ev('-missing')).toBe(null);
  });
});
