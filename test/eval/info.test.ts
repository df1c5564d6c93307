import { describe, expect, it } from 'vitest';
import { ev } from './helpers.js';

describe('isnull and isnotnull', () => {
  it('test for a value, "" counting as one', () => {
    expect(ev('isnull(missing)')).toBe(true);
    expect(ev('isnull(f)', { f: '' })).toBe(false);
    expect(ev('isnotnull(f)', { f: 'x' })).toBe(true);
    expect(ev('isnotnull(null())')).toBe(false);
    expect(ev('isnotnull(mv)', { mv: ['a', 'b'] })).toBe(true);
  });
});

describe('isnum, isint, isstr, isbool', () => {
  it('isnum() is true for numbers and field values that read as numbers', () => {
    expect(ev('isnum(n)', { n: '42' })).toBe(true);
    expect(ev('isnum(n)', { n: '-1.5e3' })).toBe(true);
    expect(ev('isnum(n)', { n: 42 })).toBe(true);
    expect(ev('isnum(n)', { n: '42 ' })).toBe(false);
    expect(ev('isnum(n)', { n: 'NaN' })).toBe(true);
    expect(ev('isnum(missing)')).toBe(false);
  });

  it('isnum() is false for a quoted literal, even "NaN"', () => {
    expect(ev('isnum("anystring")')).toBe(false);
    expect(ev('isnum("NaN")')).toBe(false);
    expect(ev('isnum("5")')).toBe(false);
    expect(ev('isnum(5)')).toBe(true);
  });

  it('isint() is true for integral numbers and digit strings', () => {
    expect(ev('isint(p)', { p: '80' })).toBe(true);
    expect(ev('isint(p)', { p: '8.5' })).toBe(false);
    expect(ev('isint(4.0)')).toBe(true);
    expect(ev('isint(p)', { p: 'x' })).toBe(false);
  });

  it('isstr() is true for every string, numeric field values included', () => {
    expect(ev('isstr("anystring")')).toBe(true);
    expect(ev('isstr(s)', { s: 'NaN' })).toBe(true);
    expect(ev('isstr(5)')).toBe(false);
    expect(ev('isstr(missing)')).toBe(false);
  });

  it('isbool() and ismv()', () => {
    expect(ev('isbool(1==2)')).toBe(true);
    expect(ev('isbool(a)', { a: 'true' })).toBe(false);
    expect(ev('ismv(split("1, 2, 3", ","))')).toBe(true);
    expect(ev('ismv(a)', { a: 'x' })).toBe(false);
  });
});

describe('typeof', () => {
  it('gives "NumberStringBoolInvalid" for the documented example', () => {
    expect(ev('typeof(12) + typeof("string") + typeof(1==2) + typeof(badfield)')).toBe('NumberStringBoolInvalid');
  });

  it('calls numeric field values Number and multivalues Multivalue', () => {
    expect(ev('typeof(_time)', { _time: 1700000000 })).toBe('Number');
    expect(ev('typeof(p)', { p: '443' })).toBe('Number');
    expect(ev('typeof(p)', { p: 'https' })).toBe('String');
    expect(ev('typeof(mv)', { mv: ['a', 'b'] })).toBe('Multivalue');
  });
});

describe('cryptographic functions', () => {
  it('hash the UTF-8 text in lowercase hex', () => {
    expect(ev('md5("abc")')).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(ev('sha1("abc")')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(ev('sha256("abc")')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(ev('sha512("")')).toBe(
      'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
    );
    expect(ev('md5(missing)')).toBe(null);
    expect(ev('md5(n)', { n: 1 })).toBe('c4ca4238a0b923820dcc509a6f75849b');
  });
});
