import { describe, expect, it } from 'vitest';
import { errorOf, ev } from './helpers.js';

describe('tostring', () => {
  it('gives the documented example "True 0xF 12,345.68"', () => {
    expect(ev('tostring(1==1) + " " + tostring(15, "hex") + " " + tostring(12345.6789, "commas")')).toBe('True 0xF 12,345.68');
  });

  it('formats numbers, booleans and strings', () => {
    expect(ev('tostring(5)')).toBe('5');
    expect(ev('tostring(2.5)')).toBe('2.5');
    expect(ev('tostring(1==2)')).toBe('False');
    expect(ev('tostring("abc")')).toBe('abc');
    expect(ev('tostring(missing)')).toBe(null);
    expect(ev('tostring(1/0)')).toBe(null);
  });

  it('hex and binary take integers from 0 to 2^53-1', () => {
    expect(ev('tostring(9, "binary")')).toBe('1001');
    expect(ev('tostring(255, "hex")')).toBe('0xFF');
    expect(ev('tostring(-1, "hex")')).toBe(null);
    expect(ev('tostring(1.5, "hex")')).toBe(null);
  });

  it('commas groups thousands, rounding fractions to two places', () => {
    expect(ev('tostring(1234567, "commas")')).toBe('1,234,567');
    expect(ev('tostring(-1234.5, "commas")')).toBe('-1,234.50');
    expect(ev('tostring(999, "commas")')).toBe('999');
  });

  it('duration is HH:MM:SS, with D+ past a day', () => {
    expect(ev('tostring(615, "duration")')).toBe('00:10:15');
    expect(ev('tostring(90061, "duration")')).toBe('1+01:01:01');
    const escu = 'replace(tostring(abs(d), "duration"), "(\\d*)\\+*(\\d+):(\\d+):(\\d+)", "\\2 hours \\3 minutes")';
    expect(ev(escu, { d: '-7380' })).toBe('2 hours 03 minutes');
  });

  it('uses a format only for numbers', () => {
    expect(ev('tostring("abc", "hex")')).toBe('abc');
    expect(ev('tostring(n, "hex")', { n: '15' })).toBe('0xF');
  });

  it('rejects an unknown literal format', () => {
    expect(errorOf('tostring(1, "octal")')).toMatchObject({ code: 'invalid-argument', at: '"octal"' });
  });
});

describe('tonumber', () => {
  it('reads decimal text, integers and doubles', () => {
    expect(ev('tonumber("24")')).toBe(24);
    expect(ev('tonumber("16.00")')).toBe(16);
    expect(ev('tonumber("-1.5e3")')).toBe(-1500);
    expect(ev('tonumber(n)', { n: 7 })).toBe(7);
  });

  it('reads other bases from 2 to 36', () => {
    expect(ev('tonumber("0A4", 16)')).toBe(164);
    expect(ev('tonumber("0x1f", 16)')).toBe(31);
    expect(ev('tonumber("0101", 2)')).toBe(5);
    expect(ev('tonumber("z", 36)')).toBe(35);
  });

  it('is null for text that does not parse, spaces included', () => {
    expect(ev('tonumber("seven")')).toBe(null);
    expect(ev('tonumber(" 5")')).toBe(null);
    expect(ev('tonumber("12", 2)')).toBe(null);
    expect(ev('tonumber("1", 37)')).toBe(null);
    expect(ev('tonumber(missing)')).toBe(null);
  });
});

describe('printf', () => {
  it('formats the documented examples', () => {
    expect(ev('printf("%.2f", pi())')).toBe('3.14');
    expect(ev('printf("%c,%c", 65, "Foo")')).toBe('A,F');
    expect(ev('printf("%d,%i,%d", -2, +4, 30)')).toBe('-2,4,30');
    expect(ev('printf("%.2e", 5139)')).toBe('5.14e+03');
    expect(ev('printf("%.2g,%.2g", pi(), 123)')).toBe('3.1,1.2e+02');
    expect(ev('printf("%o", 255)')).toBe('377');
    expect(ev('printf("%s%z", "foo", "bar")')).toBe('foobar');
    expect(ev('printf("%u", 99)')).toBe('99');
    expect(ev('printf("%x,%X,%p", 10, 10, 10)')).toBe('a,A,A');
    expect(ev('printf("100%%")')).toBe('100%');
  });

  it('supports flags, widths and precisions', () => {
    expect(ev('printf("%\'d", 12345)')).toBe('12,345');
    expect(ev('printf("%-4d|", 1)')).toBe('1   |');
    expect(ev('printf("%04d", 1)')).toBe('0001');
    expect(ev('printf("%+4d", 1)')).toBe('  +1');
    expect(ev('printf("%#x", 1)')).toBe('0x1');
    expect(ev('printf("%*d", 5, 123)')).toBe('  123');
    expect(ev('printf("%.*f", 1, 1.23)')).toBe('1.2');
    expect(ev('printf("%*.*e", 9, 2, pi())')).toBe(' 3.14e+00');
    expect(ev('printf("%.3s", "abcdef")')).toBe('abc');
    expect(ev('printf("%04.4f %-6s|", 3.14159, "ab")')).toBe('3.1416 ab    |');
  });

  it('gives an integer conversion of a small negative fraction no minus sign', () => {
    expect(ev('printf("%d|%i|%+d", -0.5, -0.9, -0.2)')).toBe('0|0|+0');
    expect(ev('printf("%d", -1.5)')).toBe('-1');
    expect(ev('printf("%.0f", -0.4)')).toBe('-0');
  });

  it('refuses a literal %a conversion', () => {
    expect(errorOf('printf("%.3A", pi())')).toMatchObject({ code: 'unsupported', at: '"%.3A"' });
  });
});
