import ipaddr from 'ipaddr.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqliteDatabase } from '../../src/exec/sqlite.js';
import { ipv6, privateIpv4, publicIpv4 } from '../../src/gen/ip-values.js';
import { deriveSeed, Rng } from '../../src/gen/random.js';
import { generatedDb, table, values } from './helpers.js';

describe('the seeded generator', () => {
  it('repeats its sequence for a seed and stays in range', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const seqA = Array.from({ length: 50 }, () => a.uint32());
    expect(Array.from({ length: 50 }, () => b.uint32())).toEqual(seqA);
    expect(Array.from({ length: 50 }, () => new Rng(43).uint32())).not.toEqual(seqA);
    const r = new Rng(1);
    for (let i = 0; i < 10_000; i++) {
      const n = r.int(3, 7);
      expect(n >= 3 && n <= 7 && Number.isInteger(n)).toBe(true);
      const f = r.next();
      expect(f >= 0 && f < 1).toBe(true);
    }
    expect(r.hex(13)).toMatch(/^[0-9a-f]{13}$/);
  });

  it('skews picks toward the front of a list, and weighs weighted picks', () => {
    const r = new Rng(5);
    const hits = [0, 0, 0, 0];
    for (let i = 0; i < 20_000; i++) hits[r.skewedIndex(4)] += 1;
    expect(hits[0]).toBeGreaterThan(hits[3] * 2);
    let heavy = 0;
    for (let i = 0; i < 10_000; i++) if (r.weighted(['a', 'b'], [9, 1]) === 'a') heavy++;
    expect(heavy).toBeGreaterThan(8500);
    expect(heavy).toBeLessThan(9500);
  });

  it('derives distinct seeds per table name and per seed', () => {
    expect(deriveSeed(1, 'Web.Web')).toBe(deriveSeed(1, 'Web.Web'));
    expect(deriveSeed(1, 'Web.Web')).not.toBe(deriveSeed(2, 'Web.Web'));
    expect(deriveSeed(1, 'Web.Web')).not.toBe(deriveSeed(1, 'Email.All_Email'));
  });
});

describe('IP addresses', () => {
  it('are private, public unicast, or IPv6 global, unique-local and link-local', () => {
    const r = new Rng(9);
    for (let i = 0; i < 2000; i++) {
      expect(ipaddr.parse(privateIpv4(r)).range()).toBe('private');
      expect(ipaddr.parse(publicIpv4(r)).range()).toBe('unicast');
      expect(['unicast', 'uniqueLocal', 'linkLocal']).toContain(ipaddr.parse(ipv6(r)).range());
    }
  });
});

describe('field values', () => {
  let db: SqliteDatabase;
  beforeAll(() => {
    db = generatedDb(2000, 3, ['Network_Traffic.All_Traffic', 'Endpoint.Processes', 'Network_Resolution.DNS', 'Web.Web', 'Authentication.Authentication'].map(table));
  });
  afterAll(() => db.close());

  const present = (name: string, column: string): string[] => values(db, name, column).filter((v): v is string => v !== null);

  it('gives IP fields a mix of private, public and IPv6 addresses', () => {
    const ranges = new Set(present('Network_Traffic.All_Traffic', 'src_ip').map((ip) => ipaddr.parse(ip).range()));
    expect([...ranges]).toEqual(expect.arrayContaining(['private', 'unicast', 'uniqueLocal', 'linkLocal']));
    expect(present('Network_Traffic.All_Traffic', 'src_ip').some((ip) => ip.includes(':'))).toBe(true);
  });

  it('names the same address in src and src_ip', () => {
    const src = values(db, 'Network_Traffic.All_Traffic', 'src');
    const srcIp = values(db, 'Network_Traffic.All_Traffic', 'src_ip');
    const both = src.map((s, i) => [s, srcIp[i]]).filter(([s, ip]) => s !== null && ip !== null);
    expect(both.length).toBeGreaterThan(1000);
    expect(both.every(([s, ip]) => s === ip)).toBe(true);
  });

  it('draws destination ports mostly from well-known services, source ports mostly ephemeral', () => {
    const dest = present('Network_Traffic.All_Traffic', 'dest_port');
    for (const port of ['22', '53', '80', '139', '443', '445', '3389', '8080']) expect(dest, port).toContain(port);
    expect(dest.filter((p) => Number(p) >= 49152).length).toBeLessThan(dest.length / 5);
    const src = present('Network_Traffic.All_Traffic', 'src_port');
    expect(src.filter((p) => Number(p) >= 49152).length).toBeGreaterThan(src.length / 2);
    expect(new Set(present('Network_Traffic.All_Traffic', 'transport'))).toEqual(new Set(['tcp', 'udp', 'icmp']));
  });

  it('keeps process fields of one event about one program', () => {
    const names = values(db, 'Endpoint.Processes', 'process_name');
    const paths = values(db, 'Endpoint.Processes', 'process_path');
    const pairs = names.map((n, i) => [n, paths[i]]).filter((p): p is [string, string] => p[0] !== null && p[1] !== null);
    expect(pairs.every(([n, p]) => p.toLowerCase().endsWith(n.toLowerCase()))).toBe(true);
    expect(present('Endpoint.Processes', 'process_name')).toEqual(expect.arrayContaining(['cmd.exe', 'powershell.exe', 'rundll32.exe', 'svchost.exe', 'bash', 'curl']));
  });

  it('gives actions the values the child datasets test, and DNS queries domain names', () => {
    expect(new Set(present('Authentication.Authentication', 'action'))).toEqual(new Set(['success', 'failure']));
    expect(new Set(present('Network_Traffic.All_Traffic', 'action'))).toEqual(new Set(['allowed', 'blocked']));
    const queries = present('Network_Resolution.DNS', 'query').flatMap((q) => JSON.parse(q) as string[]);
    expect(queries.every((q) => /^[A-Za-z0-9.-]+\.[a-z]+$/.test(q))).toBe(true);
    expect(present('Web.Web', 'url').every((u) => /^https?:\/\/[^/]+\//.test(u))).toBe(true);
  });

  it('repeats values of fields it knows nothing about, so GROUP BY finds groups', () => {
    const zones = present('Network_Traffic.All_Traffic', 'dvc_zone');
    expect(new Set(zones).size).toBeLessThanOrEqual(8);
    expect(zones.every((z) => /^dvc_zone-\d$/.test(z))).toBe(true);
  });

  it('writes numbers as text in sensible ranges, and booleans as true/false', () => {
    const bytes = present('Network_Traffic.All_Traffic', 'bytes_in').map(Number);
    expect(bytes.every((b) => Number.isInteger(b) && b >= 40 && b < 50_000_000)).toBe(true);
    expect(new Set(present('Endpoint.Processes', 'dest_is_expected'))).toEqual(new Set(['true', 'false']));
  });
});
