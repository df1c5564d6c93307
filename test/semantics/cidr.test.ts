import type { SqlSource } from '../../src/plan/plan.js';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/api/compile.js';
import { printSelect } from '../../src/sql/print.js';
import { sqliteDialect } from '../../src/sql/dialects/sqlite.js';
import { BACKENDS, kept, qualify } from '../support/filter-backends.js';

/**
 * spl-semantics.md §3.4: a CIDR value (IPv4 or IPv6, quoted or bare, also inside
 * IN) is a subnet test with both edges included; a value that is not an IP never
 * matches it. §2.7: splice does a true CIDR match in tstats too, not Splunk's
 * string matching. src_ip is an IP-typed column (range scan on its IP key); src is
 * a plain text column (UDF), so every rule is checked on both.
 */
const values: Record<string, string> = {
  first: '172.16.0.0',
  last: '172.31.255.255',
  below: '172.15.255.255',
  above: '172.32.0.0',
  ten: '10.1.2.3',
  tenLast: '10.255.255.255',
  eleven: '11.0.0.0',
  v6In: '2001:db8::1',
  v6Last: '2001:db8:ffff:ffff:ffff:ffff:ffff:ffff',
  v6Out: '2001:db9::',
  v6Loopback: '::1',
  hostname: 'host.example',
  nullText: 'null',
  trailing: '10.0.0.1abc',
  octal: '010.0.0.1',
};

type IpField = 'src_ip' | 'src';
const flowsWith = (field: IpField) => Object.fromEntries(Object.entries(values).map(([id, v]) => [id, { [field]: v }]));
const sorted = (ids: string[]): string[] => [...ids].sort();

describe.each(BACKENDS)('§3.4 CIDR in $name', (backend) => {
  describe.each<IpField>(['src_ip', 'src'])('on %s', (field) => {
    const flows = flowsWith(field);

    it('172.16.0.0/12 includes both edges and nothing outside them', async () => {
      expect(await kept(backend, `${field}=172.16.0.0/12`, flows)).toEqual(['first', 'last']);
    });

    it('quoted and bare CIDRs are the same test', async () => {
      expect(await kept(backend, `${field}="172.16.0.0/12"`, flows)).toEqual(['first', 'last']);
    });

    it('10.0.0.0/8: non-IPs that start with 10 ("10.0.0.1abc", "010.0.0.1") never match', async () => {
      expect(await kept(backend, `${field}=10.0.0.0/8`, flows)).toEqual(['ten', 'tenLast']);
    });

    it('0.0.0.0/0 matches every IPv4 address and no hostname, "null" or IPv6', async () => {
      expect(await kept(backend, `${field}="0.0.0.0/0"`, flows)).toEqual(sorted(['first', 'last', 'below', 'above', 'ten', 'tenLast', 'eleven']));
    });

    it('a /32 is exactly one address', async () => {
      expect(await kept(backend, `${field}=172.31.255.255/32`, flows)).toEqual(['last']);
    });

    it('IPv6 subnets, quoted or bare, edges included; IPv4 never matches them', async () => {
      expect(await kept(backend, `${field}="2001:db8::/32"`, flows)).toEqual(['v6In', 'v6Last']);
      expect(await kept(backend, `${field}=2001:db8::/32`, flows)).toEqual(['v6In', 'v6Last']);
      expect(await kept(backend, `${field}="::1/128"`, flows)).toEqual(['v6Loopback']);
    });

    it('CIDRs inside IN, mixed with plain values', async () => {
      expect(await kept(backend, `${field} IN ("10.0.0.0/8", 2001:db8::/32, host.example)`, flows)).toEqual(sorted(['ten', 'tenLast', 'v6In', 'v6Last', 'hostname']));
    });

    it('NOT IN (CIDRs) keeps non-IP values, which are in no subnet', async () => {
      expect(await kept(backend, `NOT ${field} IN ("0.0.0.0/0", "::/0")`, flows)).toEqual(sorted(['hostname', 'nullText', 'trailing', 'octal']));
    });
  });
});

describe('§3.4 CIDR: how tstats prints it', () => {
  const sql = (where: string): string => printSelect((compile(`| tstats count from datamodel=Network_Traffic where ${qualify(where)}`).plan.source as SqlSource).select, sqliteDialect).sql;

  it('an IP-typed column is a range on its IP key; a text column goes through the CIDR UDF', () => {
    expect(sql('src_ip=10.0.0.0/8')).toContain('"src_ip__ipkey" BETWEEN');
    expect(sql('src=10.0.0.0/8')).toContain('splice_cidrmatch(');
  });
});
