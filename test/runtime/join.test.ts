import { describe, expect, it } from 'vitest';
import { applyJoin } from '../../src/runtime/commands/join.js';
import { command, expectRefused, plain, table, type Plain } from './helpers.js';

const left: Plain[] = [{ user: 'ann', host: 'h1' }, { user: 'bob', host: 'h2' }, { user: 'Ann', host: 'h3' }, { host: 'h4' }, { user: 7, host: 'h5' }];
const right: Plain[] = [
  { user: 'ann', dept: 'it', host: 'r1' },
  { user: 'ann', dept: 'hr' },
  { user: '7', dept: 'ops' },
  { dept: 'none' },
];

function join(spl: string, l: readonly Plain[] = left, r: readonly Plain[] = right): { fields: readonly string[]; rows: Plain[] } {
  return plain(applyJoin(table(l), command(`${spl} [search x]`, 'join'), table(r)));
}

describe('join', () => {
  it('inner by default, first matching right row only, case-sensitive, numbers by their text', () => {
    expect(join('join user')).toEqual({
      fields: ['user', 'host', 'dept'],
      rows: [
        { user: 'ann', host: 'r1', dept: 'it' },
        { user: 7, host: 'h5', dept: 'ops' },
      ],
    });
  });

  it('type=left and type=outer keep unmatched left rows unchanged', () => {
    const expected = [
      { user: 'ann', host: 'r1', dept: 'it' },
      { user: 'bob', host: 'h2' },
      { user: 'Ann', host: 'h3' },
      { host: 'h4' },
      { user: 7, host: 'h5', dept: 'ops' },
    ];
    expect(join('join type=left user').rows).toEqual(expected);
    expect(join('join user type=outer').rows).toEqual(expected);
  });

  it('max=0 joins every matching right row, max=N at most N', () => {
    const all = [
      { user: 'ann', host: 'r1', dept: 'it' },
      { user: 'ann', host: 'h1', dept: 'hr' },
      { user: 7, host: 'h5', dept: 'ops' },
    ];
    expect(join('join max=0 user').rows).toEqual(all);
    expect(join('join max=2 user').rows).toEqual(all);
  });

  it('overwrite=false keeps left values but fills fields the left row lacks', () => {
    expect(join('join overwrite=false max=0 user').rows).toEqual([
      { user: 'ann', host: 'h1', dept: 'it' },
      { user: 'ann', host: 'h1', dept: 'hr' },
      { user: 7, host: 'h5', dept: 'ops' },
    ]);
  });

  it('without fields, joins on every field common to both sides', () => {
    const l = [{ a: 1, b: 'x', c: 'l1' }, { a: 1, b: 'y', c: 'l2' }];
    const r: Plain[] = [{ b: 'y', a: '1', d: 'r1' }, { a: 1, d: 'r2' }];
    expect(join('join', l, r)).toEqual({ fields: ['a', 'b', 'c', 'd'], rows: [{ a: 1, b: 'y', c: 'l2', d: 'r1' }] });
  });

  it('on several fields, every field must match', () => {
    const l = [{ h: 'a', p: 1 }, { h: 'a', p: 2 }];
    const r = [{ h: 'a', p: 2, n: 'two' }];
    expect(join('join h, p', l, r).rows).toEqual([{ h: 'a', p: 2, n: 'two' }]);
  });

  it('an empty right side joins nothing', () => {
    expect(join('join', left, [])).toEqual({ fields: ['user', 'host'], rows: [] });
    expect(join('join type=left', left.slice(0, 1), [])).toEqual({ fields: ['user', 'host'], rows: [left[0]] });
  });

  it('joins only the first 50,000 right rows', () => {
    const many: Plain[] = [...Array.from({ length: 50_000 }, () => ({ k: 'other' })), { k: 'x', v: 'late' }];
    expect(join('join k', [{ k: 'x' }], many).rows).toEqual([]);
  });

  it('does not mutate its inputs', () => {
    const l = table([{ k: 1 }]);
    const r = table([{ k: 1, v: 2 }]);
    applyJoin(l, command('join k [search x]', 'join'), r);
    expect(plain(l).rows).toEqual([{ k: 1 }]);
    expect(plain(r).rows).toEqual([{ k: 1, v: 2 }]);
  });

  it('refuses what it does not implement', () => {
    expectRefused(() => join('join usetime=true user'), 'unsupported: unsupported: join usetime=true');
    expectRefused(() => join('join left=L right=R where L.user=R.user'), 'unsupported: unsupported: join option left=');
    expectRefused(() => join('join type=right user'), 'invalid-argument: join type= expects inner, outer or left, not "right"');
    expectRefused(() => join('join u*'), 'unsupported: unsupported: join wildcard field u*');
    expectRefused(() => join('join', [{ a: 1 }], [{ b: 1 }]), 'unsupported: unsupported: join without fields when the two sides have no field in common');
    expectRefused(() => join('join k', [{ k: ['1', '2'] }], [{ k: '1' }]), 'unsupported: unsupported: join on the multivalue field k');
    expect(join('join usetime=false earlier=false user').rows).toEqual(join('join user').rows);
  });
});
