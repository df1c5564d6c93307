import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

const SPL = 'examples/detect_outbound_smb_traffic.spl';
const DATA = 'examples/network_traffic.csv';

describe('the reference detection over the example data (README quick start)', () => {
  it('prints exactly the expected rows as Splunk CSV', async () => {
    const result = await cli(['run', '-f', SPL, '--data', DATA, '--tz', 'UTC', '--format', 'csv']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync('examples/detect_outbound_smb_traffic.expected.csv', 'utf8'));
  });

  it('flags the eight outbound SMB pairs and none of the traps', async () => {
    const result = await cli(['run', '-f', SPL, '--data', DATA, '--tz', 'UTC', '--format', 'json']);
    const body = JSON.parse(result.stdout) as { fields: { name: string }[]; results: Record<string, string | string[]>[] };
    expect(body.fields.map((f) => f.name).slice(0, 9)).toEqual(['src_ip', 'dest_ip', 'dest_port', 'start_time', 'end_time', 'action', 'app', 'sourcetype', 'count']);
    expect(body.results.map((r) => `${String(r.src_ip)}>${String(r.dest_ip)}:${String(r.dest_port)}`)).toEqual([
      '10.1.1.5>81.2.69.142:445',
      '10.1.1.7>2001:4860:4860::8888:445',
      '10.1.1.8>null:445',
      '10.2.2.2>172.32.0.1:445',
      '10.3.3.3>185.199.108.153:8080',
      '10.4.4.4>185.199.109.153:80',
      '172.16.5.9>1.1.1.1:445',
      '192.168.1.20>8.8.8.8:139',
    ]);
    const london = body.results[0];
    expect(london).toMatchObject({ start_time: '2024-10-14T08:00:00', end_time: '2024-10-14T09:30:15', count: '2', City: 'London', Country: 'United Kingdom' });
    expect(london?.sourcetype).toEqual(['synthetic:firewall', 'synthetic:flows']);
    expect(body.results[6]?.app).toEqual(['SMB', 'smb']);
    // fillnull_value=null turns the missing dest_ip into "null", which iplocation cannot place.
    expect(body.results[2]).not.toHaveProperty('City');
  });

  it('renders times in the requested zone', async () => {
    const result = await cli(['run', '-f', SPL, '--data', DATA, '--tz', 'Asia/Kolkata', '--format', 'json']);
    const body = JSON.parse(result.stdout) as { results: Record<string, string>[] };
    expect(body.results[0]?.start_time).toBe('2024-10-14T13:30:00');
  });

  it('translates to one parameterised SQLite query plus runtime stages', async () => {
    const result = await cli(['translate', '-f', SPL, '--json']);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as { sql: string; params: unknown[]; runtime: string[] };
    expect(out.sql).toContain('FROM "Network_Traffic.All_Traffic"');
    expect(out.sql).toContain('GROUP BY');
    expect(out.sql).not.toContain('allowed');
    expect(out.params).toContain('allowed');
    expect(out.runtime).toEqual([
      'rename All_Traffic.* → *',
      'convert ctime (format "%Y-%m-%dT%H:%M:%S") start_time',
      'convert ctime (format "%Y-%m-%dT%H:%M:%S") end_time',
      'iplocation dest_ip',
    ]);
  });
});
