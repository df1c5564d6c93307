import { describe, expect, it } from 'vitest';
import { applyMakemv } from '../../src/runtime/commands/makemv.js';
import { applyMvexpand } from '../../src/runtime/commands/mvexpand.js';
import { command, expectRefused, plain, table, type Plain } from './helpers.js';

describe('mvexpand', () => {
  const rows: Plain[] = [{ id: 1, m: ['a', 'b', 'c'] }, { id: 2, m: 'd' }, { id: 3 }];
  const run = (spl: string) => plain(applyMvexpand(table(rows, ['id', 'm']), command(spl, 'mvexpand')));

  it('gives one result per value; a result without the field gives none', () => {
    expect(run('mvexpand m')).toEqual({
      fields: ['id', 'm'],
      rows: [
        { id: 1, m: 'a' },
        { id: 1, m: 'b' },
        { id: 1, m: 'c' },
        { id: 2, m: 'd' },
      ],
    });
  });

  it('limit=N expands the first N values', () => {
    expect(run('mvexpand limit=2 m').rows.map((r) => r.m)).toEqual(['a', 'b', 'd']);
  });
});

describe('makemv', () => {
  const run = (spl: string, rows: readonly Plain[]) => plain(applyMakemv(table(rows), command(spl, 'makemv'))).rows.map((r) => r.f);

  it('splits on a single space by default; one value stays plain', () => {
    expect(run('makemv f', [{ f: 'a b  c' }, { f: 'abc' }, { g: 1 }])).toEqual([['a', 'b', 'c'], 'abc', undefined]);
  });

  it('splits on delim=, dropping empty values unless allowempty=true', () => {
    expect(run('makemv delim="," f', [{ f: 'a,,b' }, { f: ',' }])).toEqual([['a', 'b'], undefined]);
    expect(run('makemv delim="," allowempty=true f', [{ f: 'a,,b' }])).toEqual([['a', '', 'b']]);
    expect(run('makemv delim=", " f', [{ f: 'x, y, z' }])).toEqual([['x', 'y', 'z']]);
  });

  it('keeps the first capture group of each tokenizer match', () => {
    expect(run('makemv tokenizer="(\\d+)," f', [{ f: '1,22,x,333,4' }])).toEqual([['1', '22', '333']]);
    expect(run('makemv tokenizer="(?P<n>[a-z]+)" f', [{ f: 'ab1cd' }])).toEqual([['ab', 'cd']]);
  });

  it('splits numbers as text and each value of a multivalue field', () => {
    expect(run('makemv delim="0" f', [{ f: 1020 }, { f: ['a b', 'c'] }])).toEqual([['1', '2'], ['a b', 'c']]);
  });

  it('refuses setsv=true and both delim= and tokenizer=', () => {
    expectRefused(() => run('makemv setsv=true f', [{ f: 'a' }]), 'unsupported: unsupported: makemv setsv=true');
    expectRefused(() => run('makemv delim="," tokenizer="(.)" f', [{ f: 'a' }]), 'invalid-argument: makemv takes delim= or tokenizer=, not both');
  });
});

describe('mvcombine', () => {
  it('merges results identical apart from the field, where the first was; others stay', () => {
    const rows: Plain[] = [{ h: 'a', v: 1 }, { h: 'b', v: 2 }, { h: 'a', v: 3 }, { h: 'a' }, { h: 'a', v: ['4', 1] }];
    const out = plain(applyMakemv(table(rows), command('mvcombine delim="," v', 'mvcombine')));
    expect(out).toEqual({ fields: ['h', 'v'], rows: [{ h: 'a', v: [1, 3, '4', 1] }, { h: 'b', v: 2 }, { h: 'a' }] });
  });

  it('treats 1 and "1" in the other fields as the same value', () => {
    const out = plain(applyMakemv(table([{ k: 1, v: 'x' }, { k: '1', v: 'y' }]), command('mvcombine v', 'mvcombine')));
    expect(out.rows).toEqual([{ k: 1, v: ['x', 'y'] }]);
  });
});
