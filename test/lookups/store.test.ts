import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SpliceError } from '../../src/diagnostics/diagnostic.js';
import { loadLookupStore } from '../../src/lookups/store.js';
import { lookupSettings } from '../../src/lookups/settings.js';
import { applyLookup } from '../../src/runtime/commands/lookup.js';
import { command, plain, table } from '../runtime/helpers.js';
import { definition, lookupDir, storeOf } from './helpers.js';

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/security_content/lookups');

describe('lookup store', () => {
  it('serves definitions by name and CSV files by file name, with the header order and file-order rows', async () => {
    const store = await storeOf({
      'hosts.yml': definition('hosts', 'hosts.csv', { case_sensitive_match: "'false'" }),
      'hosts.csv': '\uFEFF"host","a, b",owner\nweb1,,ann\n"db ""1""",x,\n',
      'extra.csv': 'k,v\n1,2\n',
    });
    // Besides the directory's own, names() lists the app-provided stand-ins (test/lookups/app-provided.test.ts).
    expect([...store.names()].filter((n) => store.get(n)?.definition.providedBy === undefined).sort()).toEqual(['extra.csv', 'hosts', 'hosts.csv']);
    const hosts = store.get('hosts');
    expect(hosts?.fields).toEqual(['host', 'a, b', 'owner']);
    expect(hosts?.rows.map((r) => Object.fromEntries(r))).toEqual([{ host: 'web1', owner: 'ann' }, { host: 'db "1"', 'a, b': 'x' }]);
    // The file by its own name has no stanza, so the transforms.conf defaults apply (case-sensitive).
    expect(store.get('hosts.csv')?.definition.caseSensitiveMatch).toBeUndefined();
    const run = (name: string) => plain(applyLookup(table([{ host: 'WEB1' }]), command(`lookup ${name} host OUTPUT owner`, 'lookup'), store)).rows;
    expect(run('hosts')).toEqual([{ host: 'WEB1', owner: 'ann' }]);
    expect(run('hosts.csv')).toEqual([{ host: 'WEB1' }]);
    expect(store.get('nope')).toBeUndefined();
  });

  it('loads only the lookups asked for', async () => {
    const store = await storeOf({ 'a.yml': definition('a', 'a.csv'), 'a.csv': 'k\n1\n', 'b.csv': 'k\n2\n' }, { only: ['a'] });
    expect(store.names()).toEqual(['a']);
  });

  it('reports definitions it cannot serve instead of failing to load', async () => {
    const store = await storeOf({
      'kv.yml': 'name: kv\ncollection: kv\ndescription: KV store\n',
      'gone.yml': definition('gone', 'gone.csv'),
    });
    expect(store.get('gone')).toBeUndefined();
    expect(store.unusable('gone')).toMatch(/gone\.csv, is not in/);
    expect(store.unusable('kv')).toMatch(/not a CSV file lookup/);
    expect(store.unusable('other')).toBeUndefined();
  });

  it('refuses malformed settings when loading, naming the definition file', async () => {
    const bad = async (settings: Record<string, string>): Promise<string> => {
      const { dir, cleanup } = lookupDir({ 'x.yml': definition('x', 'x.csv', settings), 'x.csv': 'k\n1\n' });
      try {
        await loadLookupStore(dir);
      } catch (e) {
        if (e instanceof SpliceError && e.diagnostic.location.kind === 'file') return e.diagnostic.message;
        throw e;
      } finally {
        cleanup();
      }
      return 'loaded';
    };
    expect(await bad({ match_type: 'REGEX(k)' })).toBe('lookup "x": match_type "REGEX(k)" is not EXACT(field), WILDCARD(field) or CIDR(field)');
    expect(await bad({ max_matches: '0' })).toBe('lookup "x": max_matches must be a whole number from 1 to 1000, not "0"');
    expect(await bad({ case_sensitive_match: 'maybe' })).toBe('lookup "x": case_sensitive_match must be true or false, not "maybe"');
    expect(await bad({ match_type: 'EXACT(k)' })).toBe('loaded');
  });

  it('reads several match types and applies the transforms.conf defaults', () => {
    const s = lookupSettings({ name: 'x', source: 'x.yml', matchType: 'WILDCARD(a), CIDR(b),EXACT(c)' });
    expect([...s.matchTypes]).toEqual([['a', 'wildcard'], ['b', 'cidr'], ['c', 'exact']]);
    expect({ cs: s.caseSensitive, min: s.minMatches, max: s.maxMatches, dflt: s.defaultMatch }).toEqual({ cs: true, min: 0, max: 100, dflt: undefined });
  });
});

describe.runIf(existsSync(CORPUS))('security_content lookups', () => {
  it('loads every definition and CSV, and looks up real values', async () => {
    const store = await loadLookupStore(CORPUS);
    expect(store.names().length).toBeGreaterThan(50);
    const run = (spl: string, rows: Record<string, string>[]) => plain(applyLookup(table(rows), command(spl, 'lookup'), store)).rows;
    // 3cx_ioc_domains: WILDCARD(domain), case-insensitive, min_matches 1, default_match 'false'.
    expect(run('lookup 3cx_ioc_domains domain AS query OUTPUT isIOC', [{ query: 'AkamaiContainer.com' }, { query: 'example.com' }])).toEqual([
      { query: 'AkamaiContainer.com', isIOC: 'TRUE' },
      { query: 'example.com', isIOC: 'false' },
    ]);
    // remote_access_software: wildcard domains, max_matches 1.
    const [hit] = run('lookup remote_access_software remote_domain AS url_domain OUTPUT isutility, category', [{ url_domain: 'x.247ithelp.com' }]);
    expect(hit).toEqual({ url_domain: 'x.247ithelp.com', isutility: 'TRUE', category: 'RMM' });
    // ~92,000 wildcard rows: a lookup must stay fast.
    const started = Date.now();
    const dyn = run('lookup dynamic_dns_providers_default dynamic_dns_domains AS query', [{ query: 'host.3D-GAME.com' }, { query: 'example.com' }]);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(dyn.map((r) => Object.keys(r).length)).toEqual([2, 1]);
  });
});
