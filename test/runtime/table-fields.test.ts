import { describe, expect, it } from 'vitest';
import { applyFields } from '../../src/runtime/commands/fields.js';
import { applyTable } from '../../src/runtime/commands/table.js';
import { command, plain, table } from './helpers.js';

const input = table(
  [
    { _time: 1, _raw: 'r', a1: 'x', b: 2, a2: 'y', c: 3 },
    { _time: 2, b: 5, _bkt: 'k' },
  ],
  ['_time', '_raw', 'a1', 'b', 'a2', 'c', '_bkt'],
);

describe('table', () => {
  it('keeps the named fields in the order named, wildcards in their current order, without _time', () => {
    expect(plain(applyTable(input, command('table b, a*', 'table')))).toEqual({
      fields: ['b', 'a1', 'a2'],
      rows: [{ b: 2, a1: 'x', a2: 'y' }, { b: 5 }],
    });
  });

  it('shows a named field that no result has as an empty column, each field once', () => {
    expect(plain(applyTable(input, command('table z b b', 'table')))).toEqual({ fields: ['z', 'b'], rows: [{ b: 2 }, { b: 5 }] });
  });

  it('names are case-sensitive', () => {
    expect(applyTable(input, command('table B', 'table')).rows.map((r) => r.size)).toEqual([0, 0]);
  });
});

describe('fields', () => {
  const run = (spl: string) => plain(applyFields(input, command(spl, 'fields')));

  it('keeps the listed fields plus _raw and _time', () => {
    expect(run('fields c, a*')).toEqual({
      fields: ['c', 'a1', 'a2', '_raw', '_time'],
      rows: [{ _time: 1, _raw: 'r', a1: 'x', a2: 'y', c: 3 }, { _time: 2 }],
    });
    expect(run('fields + nothing').fields).toEqual(['_raw', '_time']);
  });

  it('removes listed fields; _raw and _time only when named with a leading underscore', () => {
    expect(run('fields - a*, c').fields).toEqual(['_time', '_raw', 'b', '_bkt']);
    expect(run('fields - *').fields).toEqual(['_time', '_raw']);
    expect(run('fields - _*').fields).toEqual(['a1', 'b', 'a2', 'c']);
    expect(run('fields - _time').rows).toEqual([{ _raw: 'r', a1: 'x', b: 2, a2: 'y', c: 3 }, { b: 5, _bkt: 'k' }]);
  });
});
