import { beforeAll, describe, expect, it } from 'vitest';
import { globMatches, WildcardIndex } from '../../src/lookups/wildcard.js';
import type { LookupStore } from '../../src/lookups/store.js';
import { applyLookup } from '../../src/runtime/commands/lookup.js';
import { command, plain, table, type Plain } from '../runtime/helpers.js';
import { definition, storeOf } from './helpers.js';

let store: LookupStore;
beforeAll(async () => {
  store = await storeOf({
    'users.yml': definition('users', 'users.csv'),
    'users_ci.yml': definition('users_ci', 'users.csv', { case_sensitive_match: "'false'" }),
    'users.csv': 'user,group,dept\nalice,admin,IT\nbob,dev,ENG\nalice,audit,SEC\n4624,logon,\n',
    'domains.yml': definition('domains', 'domains.csv', { match_type: 'WILDCARD(domain)', case_sensitive_match: "'false'" }),
    'domains.csv': 'domain,verdict\n*.evil.com,bad\nexact.org,listed\n*ad*ware*,adware\n',
    'nets.yml': definition('nets', 'nets.csv', { match_type: 'CIDR(net)' }),
    'nets.csv': 'net,zone\n10.0.0.0/8,internal\n10.1.0.0/16,lab\n2001:db8::/32,v6net\n192.168.1.5,host\nnot-a-subnet,junk\n',
    'libs.yml': definition('libs', 'libs.csv', { match_type: 'WILDCARD(library), WILDCARD(excludes)', case_sensitive_match: "'false'" }),
    'libs.csv': 'library,excludes,islibrary\naclui.dll,*\\Windows\\System32\\*,TRUE\n',
    'limited.yml': definition('limited', 'users.csv', { max_matches: '1' }),
  });
});

/** The values `field` gets when `spl` runs over one result per input. */
function outputs(spl: string, rows: readonly Plain[], field: string): unknown[] {
  return plain(applyLookup(table(rows), command(spl, 'lookup'), store)).rows.map((r) => r[field]);
}

describe('lookup matching', () => {
  it('matches exactly and case-sensitively by default (case_sensitive_match "Default: true")', () => {
    expect(outputs('lookup users user OUTPUT dept', [{ user: 'bob' }, { user: 'BOB' }, { user: 'bo' }], 'dept')).toEqual(['ENG', undefined, undefined]);
  });

  it('ignores case with case_sensitive_match=false, outputting the lookup\'s own text', () => {
    expect(outputs('lookup users_ci user OUTPUT dept', [{ user: 'BOB' }, { user: 'Bob' }], 'dept')).toEqual(['ENG', 'ENG']);
  });

  it('compares numbers by their text', () => {
    expect(outputs('lookup users user OUTPUT group', [{ user: 4624 }], 'group')).toEqual(['logon']);
  });

  it('gives several matching rows as a multivalue in lookup-file order', () => {
    expect(outputs('lookup users user OUTPUT group', [{ user: 'alice' }], 'group')).toEqual([['admin', 'audit']]);
  });

  it('keeps only the first max_matches rows', () => {
    expect(outputs('lookup limited user OUTPUT group', [{ user: 'alice' }], 'group')).toEqual(['admin']);
  });

  it('lets * in a WILDCARD lookup value match any run of characters', () => {
    const rows = [{ d: 'a.evil.com' }, { d: 'x.y.EVIL.com' }, { d: 'evil.com' }, { d: 'a.evil.com.au' }, { d: 'EXACT.org' }, { d: 'badware' }, { d: 'my-adsware-x' }];
    expect(outputs('lookup domains domain AS d OUTPUT verdict', rows, 'verdict')).toEqual([
      'bad', 'bad', undefined, undefined, 'listed', 'adware', 'adware',
    ]);
  });

  it('treats regex characters in WILDCARD values literally', () => {
    expect(globMatches('a.c*'.split('*'), 'abcd')).toBe(false);
    expect(globMatches('*a*a*'.split('*'), 'a')).toBe(false);
    expect(globMatches('*a*a*'.split('*'), 'xaya')).toBe(true);
    expect(globMatches(['ab', 'ba'], 'aba')).toBe(false);
  });

  it('finds through its word index exactly the patterns a full scan finds', () => {
    // A small alphabet with separators makes words at pattern edges, anchored and not, common.
    let seed = 7;
    const pick = (s: string): string => s[(seed = (seed * 1103515245 + 12345) % 2147483648) % s.length] ?? '';
    const text = (n: number, alphabet: string): string => Array.from({ length: n }, () => pick(alphabet)).join('');
    const cells = Array.from({ length: 300 }, () => text(1 + (seed % 8), 'ab.-*'));
    const index = new WildcardIndex(cells);
    for (let i = 0; i < 500; i++) {
      const value = text(i % 12, 'ab.-');
      const brute = cells.flatMap((c, row) => (c.includes('*') && globMatches(c.split('*'), value) ? [row] : []));
      expect(index.matches(value), value).toEqual(brute);
    }
  });

  it('matches IPv4 and IPv6 event values against CIDR subnets, all matching rows in file order', () => {
    const rows = [{ ip: '10.1.2.3' }, { ip: '10.200.0.1' }, { ip: '2001:DB8::1' }, { ip: '2001:db9::1' }, { ip: '192.168.1.5' }, { ip: '192.168.1.6' }];
    expect(outputs('lookup nets net AS ip OUTPUT zone', rows, 'zone')).toEqual([
      ['internal', 'lab'], 'internal', 'v6net', undefined, 'host', undefined,
    ]);
  });

  it('never matches a CIDR lookup with an event value that is not an IP address', () => {
    const rows = [{ ip: 'not-a-subnet' }, { ip: '10.0.0.0/8' }, { ip: 'host.example' }, { ip: '010.0.0.1' }];
    expect(outputs('lookup nets net AS ip OUTPUT zone', rows, 'zone')).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('needs every input field to match, each with its own match type', () => {
    const rows = [
      { f: 'ACLUI.DLL', p: 'C:\\Windows\\System32\\aclui.dll' },
      { f: 'aclui.dll', p: 'C:\\Users\\x\\aclui.dll' },
    ];
    expect(outputs('lookup libs library AS f excludes AS p OUTPUT islibrary', rows, 'islibrary')).toEqual(['TRUE', undefined]);
  });

  it('looks up each value of a multivalue input and concatenates the outputs in value order', () => {
    expect(outputs('lookup users user OUTPUT dept', [{ user: ['bob', 'nobody', 'alice'] }], 'dept')).toEqual([['ENG', 'IT', 'SEC']]);
  });
});
