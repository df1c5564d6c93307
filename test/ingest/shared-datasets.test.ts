import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openInput } from '../../src/ingest/detect.js';
import { mapZeekConn } from '../../src/ingest/zeek-conn-to-cim.js';
import { collect } from './helpers.js';

// ../shared beside the repository root; absent on machines without it.
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const zeekDir = join(repoRoot, '..', 'shared', 'datasets', 'zeek');
const attackDir = join(repoRoot, '..', 'shared', 'datasets', 'attack_data');

const ZEEK_FILES: [string, string, string, number][] = [
  ['stratosphere_002_portscan_conn.json', 'zeek-json', 'bro:conn:json', 4504],
  ['stratosphere_003_androidrat_conn.log', 'zeek-tsv', 'bro:conn', 361],
  ['stratosphere_006_ssh_honeypot_conn.log', 'zeek-tsv', 'bro:conn', 18],
  ['stratosphere_008_mixed_conn.log.labeled', 'zeek-tsv', 'bro:conn', 5663],
  ['zeek_btest_opt.basic_conn.log', 'zeek-tsv', 'bro:conn', 34],
];

describe.skipIf(!existsSync(zeekDir))('shared Zeek datasets', () => {
  for (const [name, format, sourcetype, count] of ZEEK_FILES) {
    it(`reads ${name}: ${count} flows`, async () => {
      const source = await openInput(join(zeekDir, name));
      expect(source.format).toBe(format);
      expect(source.sourcetype).toBe(sourcetype);
      const rs = await collect(source);
      expect(rs).toHaveLength(count);
      for (const r of rs) {
        expect(r.values.get('uid')).toMatch(/^C/);
        const cim = mapZeekConn(r.values);
        expect(cim.get('src')).toBeTypeOf('string');
        expect(cim.get('dest_port')).toBeTypeOf('string');
      }
    });
  }

  it('keeps masked btest timestamps as text', async () => {
    const rs = await collect(await openInput(join(zeekDir, 'zeek_btest_opt.basic_conn.log')));
    expect(new Set(rs.map((r) => r.values.get('ts')))).toEqual(new Set(['XXXXXXXXXX.XXXXXX']));
    expect(rs[0]?.line).toBe(10);
  });

  it('keeps the Stratosphere label columns and turns (empty) sets into absence', async () => {
    const rs = await collect(await openInput(join(zeekDir, 'stratosphere_008_mixed_conn.log.labeled')));
    const first = rs[0];
    expect(first?.values.get('label')).toBe('Benign');
    expect(first?.values.get('detailedlabel')).toBe('Microsoft');
    expect(first?.values.has('tunnel_parents')).toBe(false);
    expect(rs.every((r) => r.values.has('label'))).toBe(true);
  });
});

describe.skipIf(!existsSync(attackDir))('shared attack_data Zeek sample', () => {
  it('reads zeek_dce_rpc_impacket.log as Zeek JSON', async () => {
    const source = await openInput(join(attackDir, 'zeek_dce_rpc_impacket.log'));
    expect(source.format).toBe('zeek-json');
    expect(source.sourcetype).toBe('bro:dce_rpc:json');
    const rs = await collect(source);
    expect(rs.length).toBeGreaterThan(0);
    expect(rs[0]?.values.get('ts')).toMatch(/^2022-07-20T/);
  });
});
