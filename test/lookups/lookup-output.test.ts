import { beforeAll, describe, expect, it } from 'vitest';
import { SpliceError } from '../../src/diagnostics/diagnostic.js';
import type { LookupStore } from '../../src/lookups/store.js';
import { applyLookup } from '../../src/runtime/commands/lookup.js';
import { command, expectRefused, plain, table, type Plain } from '../runtime/helpers.js';
import { definition, storeOf } from './helpers.js';

let store: LookupStore;
beforeAll(async () => {
  store = await storeOf({
    'users.yml': definition('users', 'users.csv'),
    // `note` is empty in the first row, so only the header puts it before `dept`.
    'users.csv': 'user,group,note,dept\nalice,admin,,IT\nbob,dev,new hire,ENG\nalice,audit,,SEC\ncarol,,,OPS\n',
    'iocs.yml': definition('iocs', 'iocs.csv', { default_match: "'false'", min_matches: '1', case_sensitive_match: "'false'" }),
    'iocs.csv': 'domain,isIOC,source\nbad.com,TRUE,feed\n',
    'pairs.yml': definition('pairs', 'users.csv', { default_match: 'none', min_matches: '2' }),
    'baseline.yml': 'name: baseline\ncollection: baseline\nfields_list: a, b\ndescription: a KV store collection\n',
  });
});

function run(spl: string, rows: readonly Plain[], fields?: readonly string[]) {
  return plain(applyLookup(table(rows, fields), command(spl, 'lookup'), store));
}

describe('lookup outputs', () => {
  it('appends new output fields at the end in OUTPUT order, with as on both sides', () => {
    expect(run('lookup users user AS account OUTPUT dept AS unit, group', [{ account: 'bob', x: 1 }, { account: 'zed' }])).toEqual({
      fields: ['account', 'x', 'unit', 'group'],
      rows: [{ account: 'bob', x: 1, unit: 'ENG', group: 'dev' }, { account: 'zed' }],
    });
  });

  it('without OUTPUT clause outputs every non-input lookup field in header order', () => {
    expect(run('lookup users user', [{ user: 'bob' }])).toEqual({
      fields: ['user', 'group', 'note', 'dept'],
      rows: [{ user: 'bob', group: 'dev', note: 'new hire', dept: 'ENG' }],
    });
  });

  it('OUTPUT overwrites existing fields and removes them when nothing matches; existing fields keep their place', () => {
    const rows = [{ dept: 'old', user: 'alice' }, { dept: 'old', user: 'zed' }, { dept: 'old', user: 'carol' }];
    expect(run('lookup users user OUTPUT dept, group', rows)).toEqual({
      fields: ['dept', 'user', 'group'],
      rows: [{ dept: ['IT', 'SEC'], user: 'alice', group: ['admin', 'audit'] }, { user: 'zed' }, { dept: 'OPS', user: 'carol' }],
    });
  });

  it('OUTPUTNEW sets only the output fields a result lacks', () => {
    const rows: Plain[] = [{ user: 'bob', dept: 'kept' }, { user: 'zed', dept: 'kept' }, { user: 'bob' }];
    expect(run('lookup users user OUTPUTNEW dept, group', rows).rows).toEqual([
      { user: 'bob', dept: 'kept', group: 'dev' },
      { user: 'zed', dept: 'kept' },
      { user: 'bob', dept: 'ENG', group: 'dev' },
    ]);
  });

  it('can overwrite its own input field', () => {
    expect(run('lookup users user OUTPUT dept AS user', [{ user: 'bob' }]).rows).toEqual([{ user: 'ENG' }]);
  });

  it('passes a result without the input field through unchanged', () => {
    expect(run('lookup users user OUTPUT dept', [{ dept: 'old' }]).rows).toEqual([{ dept: 'old' }]);
  });

  it('fills default_match up to min_matches, for every output field', () => {
    expect(run('lookup iocs domain AS query OUTPUT isIOC, source', [{ query: 'BAD.com' }, { query: 'good.com' }]).rows).toEqual([
      { query: 'BAD.com', isIOC: 'TRUE', source: 'feed' },
      { query: 'good.com', isIOC: 'false', source: 'false' },
    ]);
    expect(run('lookup pairs user OUTPUT dept', [{ user: 'bob' }, { user: 'alice' }, { user: 'zed' }]).rows.map((r) => r.dept)).toEqual([
      ['ENG', 'none'], ['IT', 'SEC'], ['none', 'none'],
    ]);
  });

  it('counts a matching row with an empty output cell as a match, adding no value', () => {
    expect(run('lookup pairs user OUTPUT note', [{ user: 'alice' }, { user: 'bob' }]).rows.map((r) => r.note)).toEqual([undefined, ['new hire', 'none']]);
  });

  it('applies min_matches to each value of a multivalue input', () => {
    expect(run('lookup iocs domain AS q OUTPUT isIOC', [{ q: ['good.com', 'bad.com'] }]).rows).toEqual([{ q: ['good.com', 'bad.com'], isIOC: ['false', 'TRUE'] }]);
  });

  it('does not change its input rows', () => {
    const input = table([{ user: 'bob', dept: 'x' }]);
    applyLookup(input, command('lookup users user OUTPUT dept', 'lookup'), store);
    expect(plain(input).rows).toEqual([{ user: 'bob', dept: 'x' }]);
  });
});

describe('lookup refusals', () => {
  const go = (spl: string) => () => applyLookup(table([{ user: 'bob' }]), command(spl, 'lookup'), store);

  it('accepts local= and update=, refuses other options and non-boolean values', () => {
    expect(plain(go('lookup local=true update=false users user OUTPUT dept')()).rows).toEqual([{ user: 'bob', dept: 'ENG' }]);
    expectRefused(go('lookup max=1 users user'), 'unsupported: unsupported: lookup option max=');
    expectRefused(go('lookup local=maybe users user'), 'invalid-argument: local= expects true or false, not "maybe"');
  });

  it('refuses an unknown lookup, suggesting close names or saying why a definition is unusable', () => {
    expectRefused(go('lookup usres user'), 'bad-input: unknown lookup "usres"');
    const hintsOf = (spl: string): readonly string[] => {
      try {
        go(spl)();
      } catch (e) {
        if (e instanceof SpliceError) return e.diagnostic.hints;
      }
      return [];
    };
    expect(hintsOf('lookup usres user')).toEqual(['did you mean users?']);
  });

  it('reads a KV store collection as an empty table with its declared fields (a fresh instance)', () => {
    expect(run('lookup baseline a OUTPUT b', [{ a: 'x', b: 'kept?' }])).toEqual({ fields: ['a', 'b'], rows: [{ a: 'x' }] });
    expect(store.get('baseline')?.fields).toEqual(['a', 'b']);
  });

  it('refuses input and output fields the lookup lacks', () => {
    expectRefused(go('lookup users User'), 'bad-input: lookup "users" has no input field "User"');
    expectRefused(go('lookup users user OUTPUT department'), 'bad-input: lookup "users" has no output field "department"');
  });
});
