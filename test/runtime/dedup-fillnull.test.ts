import { describe, expect, it } from 'vitest';
import { applyDedup } from '../../src/runtime/commands/dedup.js';
import { applyFillnull } from '../../src/runtime/commands/fillnull.js';
import { command, expectRefused, plain, table, type Plain } from './helpers.js';

const rows: Plain[] = [{ a: 1, b: 'x' }, { a: 1, b: 'y' }, { a: 2 }, { a: 1, b: 'x' }, { b: 'z' }, { a: '1', b: 'x' }];

function dedup(spl: string, input: readonly Plain[] = rows): Plain[] {
  return plain(applyDedup(table(input), command(spl, 'dedup'))).rows;
}

describe('dedup', () => {
  it('keeps the first result of each value (as text), dropping results without the field', () => {
    expect(dedup('dedup a')).toEqual([{ a: 1, b: 'x' }, { a: 2 }]);
    expect(dedup('dedup a b')).toEqual([{ a: 1, b: 'x' }, { a: 1, b: 'y' }]);
  });

  it('keeps the first N', () => {
    expect(dedup('dedup 2 a')).toEqual([{ a: 1, b: 'x' }, { a: 1, b: 'y' }, { a: 2 }]);
  });

  it('keepempty=true keeps every result missing a field', () => {
    expect(dedup('dedup a b keepempty=true')).toEqual([{ a: 1, b: 'x' }, { a: 1, b: 'y' }, { a: 2 }, { b: 'z' }]);
  });

  it('consecutive=true removes only repeats that follow each other', () => {
    expect(dedup('dedup a consecutive=true')).toEqual([{ a: 1, b: 'x' }, { a: 2 }, { a: 1, b: 'x' }]);
  });

  it('keepevents=true keeps duplicates without the fields', () => {
    expect(dedup('dedup a keepevents=true')).toEqual([{ a: 1, b: 'x' }, { b: 'y' }, { a: 2 }, { b: 'x' }, { b: 'x' }]);
  });

  it('sortby sorts what remains', () => {
    expect(dedup('dedup b sortby -b')).toEqual([{ b: 'z' }, { a: 1, b: 'y' }, { a: 1, b: 'x' }]);
  });

  it('matches a multivalue field only when all values match, in order', () => {
    expect(dedup('dedup m', [{ m: ['a', 'b'] }, { m: ['b', 'a'] }, { m: ['a', 'b'] }])).toEqual([{ m: ['a', 'b'] }, { m: ['b', 'a'] }]);
  });

  it('is case-sensitive', () => {
    expect(dedup('dedup u', [{ u: 'Bob' }, { u: 'bob' }, { u: 'Bob' }])).toEqual([{ u: 'Bob' }, { u: 'bob' }]);
  });
});

describe('fillnull', () => {
  const input = table([{ a: 1, c: '' }, { b: 2 }], ['a', 'b', 'c']);

  it('fills every field of the results with 0 by default; an empty string is a value', () => {
    expect(plain(applyFillnull(input, command('fillnull', 'fillnull')))).toEqual({
      fields: ['a', 'b', 'c'],
      rows: [
        { a: 1, b: '0', c: '' },
        { a: '0', b: 2, c: '0' },
      ],
    });
  });

  it('fills only the listed fields with value=, creating missing ones', () => {
    expect(plain(applyFillnull(input, command('fillnull value="N/A" a d', 'fillnull')))).toEqual({
      fields: ['a', 'b', 'c', 'd'],
      rows: [
        { a: 1, c: '', d: 'N/A' },
        { a: 'N/A', b: 2, d: 'N/A' },
      ],
    });
  });

  it('refuses wildcards and unknown options', () => {
    expectRefused(() => applyFillnull(input, command('fillnull a*', 'fillnull')), 'unsupported: unsupported: fillnull wildcard field a*');
    expectRefused(() => applyFillnull(input, command('fillnull foo=1', 'fillnull')), 'unsupported: unsupported: fillnull option foo=');
  });
});
