import { describe, expect, it } from 'vitest';
import { exprOf, rowOf, UTC, errorOf, ev } from './helpers.js';
import { toFieldValue } from '../../src/runtime/eval/assign.js';
import { evaluate } from '../../src/runtime/eval/compile.js';

describe('rounding functions', () => {
  it('round() rounds half away from zero on the decimal value', () => {
    expect(ev('round(3.5)')).toBe(4);
    expect(ev('round(2.555, 2)')).toBe(2.56);
    expect(ev('round(-2.5)')).toBe(-3);
    expect(ev('round(1.005, 2)')).toBe(1.01);
    expect(ev('round(x/y, 2)', { x: '2', y: '3' })).toBe(0.67);
    expect(ev('round(1234.5678, 0)')).toBe(1235);
  });

  it('round() is null for a negative precision or non-number', () => {
    expect(ev('round(1.5, -1)')).toBe(null);
    expect(ev('round("x")')).toBe(null);
  });

  it('ceil(), ceiling() and floor()', () => {
    expect(ev('ceil(1.9)')).toBe(2);
    expect(ev('ceiling(1.1)')).toBe(2);
    expect(ev('floor(1.9)')).toBe(1);
    expect(ev('floor(-1.1)')).toBe(-2);
  });
});

describe('other numeric functions', () => {
  it('abs, sqrt, pow, exp, ln, log, pi, exact', () => {
    expect(ev('abs(n)', { n: '-4' })).toBe(4);
    expect(ev('sqrt(9)')).toBe(3);
    expect(ev('pow(2, 10)')).toBe(1024);
    expect(ev('exp(0)')).toBe(1);
    expect(ev('ln(1)')).toBe(0);
    expect(ev('log(100)')).toBe(2);
    expect(ev('log(8, 2)')).toBe(3);
    expect(ev('pi()')).toBe(3.14159265359);
    expect(ev('exact(3.14 * 2)')).toBe(6.28);
  });

  it('log() of an exact power is the whole exponent, not one ulp off', () => {
    expect(ev('log(1000)')).toBe(3);
    expect(ev('log(1000, 10)')).toBe(3);
    expect(ev('log(81, 3)')).toBe(4);
    expect(ev('log(125, 5)')).toBe(3);
    expect(ev('log(2, 4)')).toBe(0.5);
  });

  it('are null for null or text arguments', () => {
    expect(ev('abs(missing)')).toBe(null);
    expect(ev('sqrt("nine")')).toBe(null);
    expect(ev('pow(2, missing)')).toBe(null);
  });

  it('keep NaN and infinities, which fields store as "nan", "inf", "-inf"', () => {
    const stored = (text: string): unknown => toFieldValue(evaluate(exprOf(text), rowOf(), UTC));
    expect(stored('sqrt(-1)')).toBe('nan');
    expect(stored('ln(0)')).toBe('-inf');
    expect(stored('pow(10, 400)')).toBe('inf');
  });
});

describe('max and min', () => {
  it('compare numbers numerically; strings are greater than numbers', () => {
    expect(ev('max(1, 3, 6, 7, "foo", name)', { name: 'baz' })).toBe('foo');
    expect(ev('max(1, 3, 6, 7, "foo", name)', { name: 'zaz' })).toBe('zaz');
    expect(ev('min(3, 6, 7, "maria", size)', { size: '9' })).toBe(3);
    expect(ev('min(3, 6, 7, "maria", size)', { size: '1' })).toBe('1');
  });

  it('take the values of a multivalue and skip nulls', () => {
    expect(ev('max(n)', { n: ['1', '3', '5', '6', '4', '2'] })).toBe('6');
    expect(ev('min(n)', { n: ['3', '5', '10', '2'] })).toBe('2');
    expect(ev('max(missing, 2)')).toBe(2);
    expect(ev('max(missing)')).toBe(null);
    expect(ev('max(a, b)', { a: '10', b: '9' })).toBe('10');
  });
});

describe('sum and avg', () => {
  it('add the numeric values, ignoring fields that are not numbers', () => {
    expect(ev('sum(a, b, c)', { a: 5.0, b: '9' })).toBe(14);
    expect(ev('avg(a, b, c)', { a: 5.0, b: '9' })).toBe(7);
    expect(ev('avg(a, 2, 3)', { a: 'somedata' })).toBe(2.5);
    expect(ev('sum(mv)', { mv: ['1', '2', 'x'] })).toBe(3);
  });

  it('reject a quoted string argument', () => {
    expect(errorOf('sum(1, 2, "3")')).toMatchObject({ code: 'invalid-argument', at: '"3"' });
  });
});

describe('refused functions', () => {
  it('random() and sigfig() are refused at their call', () => {
    expect(errorOf('random() % 100')).toMatchObject({ code: 'unsupported', at: 'random()' });
    expect(errorOf('sigfig(1.00*1111)')).toMatchObject({ code: 'unsupported', at: 'sigfig(1.00*1111)' });
  });
});
