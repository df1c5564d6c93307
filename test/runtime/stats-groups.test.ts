import { describe, expect, it } from 'vitest';
import { applyStats } from '../../src/runtime/commands/stats.js';
import { command, expectRefused, fakePort, plain, table, type Plain } from './helpers.js';

function run(spl: string, rows: readonly Plain[]) {
  return plain(applyStats(table(rows), command(spl, 'stats'), fakePort));
}

describe('stats groups and output', () => {
  it('puts BY fields first, sorts groups by byte order of the values and drops results missing a BY field', () => {
    const rows: Plain[] = [{ port: '9', u: 'a' }, { port: 80, u: 'b' }, { port: '10', u: 'a' }, { u: 'c' }, { port: '9', u: 'b' }];
    expect(run('stats dc(u) as users, count by port', rows)).toEqual({
      fields: ['port', 'users', 'count'],
      rows: [
        { port: '10', users: 1, count: 1 },
        { port: 80, users: 1, count: 1 },
        { port: '9', users: 2, count: 2 },
      ],
    });
  });

  it('groups by several fields, field by field', () => {
    const rows = [{ a: 'y', b: '2' }, { a: 'x', b: '2' }, { a: 'y', b: '1' }, { a: 'x', b: '2' }];
    expect(run('stats count by a b', rows).rows).toEqual([
      { a: 'x', b: '2', count: 2 },
      { a: 'y', b: '1', count: 1 },
      { a: 'y', b: '2', count: 1 },
    ]);
  });

  it('groups a multivalue BY field once per value, repeated values again unless dedup_splitvals=true', () => {
    const rows = [{ tag: ['x', 'y'] }, { tag: 'x' }, { tag: ['z', 'z'] }];
    expect(run('stats count by tag', rows).rows).toEqual([
      { tag: 'x', count: 2 },
      { tag: 'y', count: 1 },
      { tag: 'z', count: 2 },
    ]);
    expect(run('stats dedup_splitvals=true count by tag', rows).rows).toEqual([
      { tag: 'x', count: 2 },
      { tag: 'y', count: 1 },
      { tag: 'z', count: 1 },
    ]);
  });

  it('without BY gives one row even over no results; with BY, none', () => {
    expect(run('stats count, dc(x), sum(x)', [])).toEqual({ fields: ['count', 'dc(x)', 'sum(x)'], rows: [{ count: 0, 'dc(x)': 0 }] });
    expect(run('stats count by x', [])).toEqual({ fields: ['x', 'count'], rows: [] });
  });

  it('groups 443 and "443" together (values compare as text)', () => {
    expect(run('stats count by p', [{ p: 443 }, { p: '443' }]).rows).toEqual([{ p: 443, count: 2 }]);
  });

  it('refuses what it does not implement, and what Splunk rejects', () => {
    const stats = (spl: string) => () => applyStats(table([{ x: 1 }]), command(spl, 'stats'), fakePort);
    expectRefused(stats('stats estdc(x)'), 'unsupported: unsupported: stats function estdc');
    expectRefused(stats('stats rate(x)'), 'unsupported: unsupported: stats function rate');
    expectRefused(stats('stats perc101(x)'), 'unsupported: unsupported: stats function perc101');
    expectRefused(stats('stats allnum=true sum(x)'), 'unsupported: unsupported: stats allnum=true');
    expectRefused(stats('stats foo=1 count'), 'unsupported: unsupported: stats option foo=');
    expectRefused(stats('stats values(a*b*)'), 'unsupported: unsupported: more than one * in a*b*');
    expectRefused(stats('stats values(x*) as y'), 'invalid-argument: a wildcard aggregate needs one * in its AS name too (y)');
    expectRefused(stats('stats sum'), 'invalid-argument: stats: sum needs a field, e.g. sum(x)');
    expectRefused(
      stats('stats count(eval(x>1))'),
      'invalid-argument: stats: name the eval(…) aggregate with AS; Splunk requires a rename for the dynamically evaluated field',
    );
  });

  it('accepts the options that do not change its results', () => {
    expect(run('stats partitions=4 delim="," allnum=false count', [{}]).rows).toEqual([{ count: 1 }]);
  });
});
