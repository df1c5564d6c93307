import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyChart } from '../../src/runtime/commands/chart.js';
import { applyStats } from '../../src/runtime/commands/stats.js';
import { applyTimechart } from '../../src/runtime/commands/timechart.js';
import { DEFAULT_STATS_LIMITS, type Cut, type StatsLimits } from '../../src/runtime/stats/limits.js';
import { resolveTimeZone } from '../../src/runtime/time/zone.js';
import { cli } from '../support/cli.js';
import { command, fakePort, plain, table, type Plain } from '../runtime/helpers.js';

/**
 * limits.conf [stats]: list() returns at most list_maxsize (100) values;
 * values() returns at most maxvalues, 0 (the default) meaning all of them.
 * https://help.splunk.com/en/splunk-enterprise/administer/admin-manual/10.4/configuration-file-reference/10.4.3-configuration-file-reference/limits.conf
 */
function limits(maxValues: number, listMaxSize = 100): { limits: StatsLimits; cuts: Cut[] } {
  const cuts: Cut[] = [];
  return { limits: { maxValues, listMaxSize, onCut: (c) => cuts.push(c) }, cuts };
}

const numbered = (n: number, field = 'x'): Plain[] => Array.from({ length: n }, (_, i) => ({ [field]: i + 1 }));

describe('list() keeps the first 100 values, as Splunk does', () => {
  it('cuts 150 values to the first 100 in result order, and says so', () => {
    const { limits: l, cuts } = limits(0);
    const out = plain(applyStats(table(numbered(150)), command('stats list(x) as l', 'stats'), fakePort, l));
    expect(out.rows[0]?.l).toEqual(numbered(100).map((r) => r.x));
    expect(cuts.map((c) => [c.fn, c.kept, c.total])).toEqual([['list', 100, 150]]);
  });

  it('keeps exactly 100 values whole, with no report', () => {
    const { limits: l, cuts } = limits(0);
    const out = plain(applyStats(table(numbered(100)), command('stats list(x) as l', 'stats'), fakePort, l));
    expect(out.rows[0]?.l).toHaveLength(100);
    expect(cuts).toEqual([]);
  });

  it('is the default when no limits are given', () => {
    const out = plain(applyStats(table(numbered(101)), command('stats list(x) as l', 'stats'), fakePort));
    expect(out.rows[0]?.l).toHaveLength(100);
  });
});

describe('values() and limits.conf maxvalues', () => {
  it('keeps every distinct value by default (maxvalues = 0)', () => {
    const out = plain(applyStats(table(numbered(150)), command('stats values(x) as v', 'stats'), fakePort, DEFAULT_STATS_LIMITS));
    expect(out.rows[0]?.v).toHaveLength(150);
  });

  it('with a cap keeps the first values in byte order, and reports the cut at the function', () => {
    const { limits: l, cuts } = limits(3);
    const rows = ['b', 'a', 'd', 'c', 'a'].map((x) => ({ x }));
    const out = plain(applyStats(table(rows), command('stats values(x) as v', 'stats'), fakePort, l));
    expect(out.rows[0]?.v).toEqual(['a', 'b', 'c']);
    // The helper parses `| stats values(x) as v`: the function is offsets 8 to 22.
    expect(cuts).toEqual([{ fn: 'values', span: { start: 8, end: 22 }, kept: 3, total: 4 }]);
  });

  it('leaves a list within the cap alone', () => {
    const { limits: l, cuts } = limits(3);
    const out = plain(applyStats(table(['b', 'a', 'b'].map((x) => ({ x }))), command('stats values(x) as v', 'stats'), fakePort, l));
    expect(out.rows[0]?.v).toEqual(['a', 'b']);
    expect(cuts).toEqual([]);
  });

  it('caps each group of stats on its own', () => {
    const { limits: l } = limits(1);
    const rows = [{ g: 'p', x: 'z' }, { g: 'p', x: 'y' }, { g: 'q', x: 'w' }];
    expect(plain(applyStats(table(rows), command('stats values(x) as v by g', 'stats'), fakePort, l)).rows).toEqual([{ g: 'p', v: 'y' }, { g: 'q', v: 'w' }]);
  });

  it('applies in eventstats', () => {
    const { limits: l } = limits(2);
    const rows = ['c', 'a', 'b'].map((x) => ({ x }));
    expect(plain(applyStats(table(rows), command('eventstats values(x) as v', 'eventstats'), fakePort, l)).rows.map((r) => r.v)).toEqual([['a', 'b'], ['a', 'b'], ['a', 'b']]);
  });

  it('applies in streamstats, to the running list', () => {
    const { limits: l } = limits(2);
    const rows = ['c', 'b', 'a'].map((x) => ({ x }));
    expect(plain(applyStats(table(rows), command('streamstats values(x) as v', 'streamstats'), fakePort, l)).rows.map((r) => r.v)).toEqual(['c', ['b', 'c'], ['a', 'b']]);
  });

  it('applies in chart', () => {
    const { limits: l } = limits(1);
    const rows = [{ h: 'p', x: 'b' }, { h: 'p', x: 'a' }];
    expect(plain(applyChart(table(rows), command('chart values(x) as v over h', 'chart'), fakePort, l)).rows).toEqual([{ h: 'p', v: 'a' }]);
  });

  it('applies in timechart', () => {
    const { limits: l } = limits(1);
    const rows = [{ _time: 60, x: 'b' }, { _time: 61, x: 'a' }];
    const out = plain(applyTimechart(table(rows), command('timechart span=1m values(x) as v', 'timechart'), fakePort, resolveTimeZone('UTC'), l));
    expect(out.rows).toEqual([{ _time: 60, v: 'a' }]);
  });
});

describe('splice run --maxvalues', () => {
  const dir = mkdtempSync(join(tmpdir(), 'splice-limits-caps-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const flows = join(dir, 'flows.csv');
  // Byte order puts upper case first: SMB < http < smb.
  writeFileSync(flows, 'src_ip,dest_ip,dest_port,app\n10.0.0.1,8.8.8.8,445,smb\n10.0.0.1,8.8.8.8,445,SMB\n10.0.0.2,8.8.8.8,80,http\n');
  const tstats = '| tstats values(All_Traffic.app) as apps from datamodel=Network_Traffic';

  it('caps tstats values() (run in SQL) and warns at the function', async () => {
    const result = await cli(['run', tstats, '--data', flows, '--format', 'csv', '--maxvalues', '2']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('apps\n"SMB\nhttp"\n');
    expect(result.stderr.split('\n').slice(0, 4)).toEqual([
      '<search>:1:10: warning[truncated]: values() kept 2 of 3 values: --maxvalues 2 caps it, as limits.conf [stats] maxvalues does',
      '  |',
      `1 | ${tstats}`,
      `  | ${' '.repeat(9)}${'^'.repeat('values(All_Traffic.app) as apps'.length)}`,
    ]);
  });

  it('keeps every value without --maxvalues, with no warning', async () => {
    const result = await cli(['run', tstats, '--data', flows, '--format', 'csv']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('apps\n"SMB\nhttp\nsmb"\n');
  });

  it('caps the runtime stats values() too, with one warning however many groups it cut', async () => {
    const both = join(dir, 'both.csv');
    writeFileSync(both, 'dest_port,app\n445,smb\n445,SMB\n80,http\n80,ftp\n');
    const spl = '| tstats count from datamodel=Network_Traffic by All_Traffic.dest_port All_Traffic.app | stats values(All_Traffic.app) as apps by All_Traffic.dest_port';
    const result = await cli(['run', spl, '--data', both, '--format', 'csv', '--maxvalues', '1']);
    expect(result.stdout).toBe('All_Traffic.dest_port,apps\n445,SMB\n80,ftp\n');
    const warnings = result.stderr.split('\n').filter((l) => l.includes('warning['));
    expect(warnings).toEqual([`<search>:1:${spl.indexOf('values(') + 1}: warning[truncated]: values() kept 1 of 2 values: --maxvalues 1 caps it, as limits.conf [stats] maxvalues does`]);
  });

  it('warns when list() drops values past 100', async () => {
    const many = join(dir, 'many.csv');
    writeFileSync(many, `dest_port\n${Array.from({ length: 105 }, (_, i) => 1000 + i).join('\n')}\n`);
    const spl = '| tstats count from datamodel=Network_Traffic by All_Traffic.dest_port | stats list(All_Traffic.dest_port) as ports';
    const result = await cli(['run', spl, '--data', many, '--format', 'json']);
    const body = JSON.parse(result.stdout) as { results: { ports: string[] }[] };
    expect(body.results[0]?.ports).toEqual(Array.from({ length: 100 }, (_, i) => String(1000 + i)));
    expect(result.stderr.split('\n')[0]).toBe(`<search>:1:${spl.indexOf('list(') + 1}: warning[truncated]: list() kept the first 100 of 105 values, as Splunk does (limits.conf [stats] list_maxsize = 100)`);
  });

  it('refuses a cap that is not a whole number', async () => {
    const result = await cli(['run', tstats, '--data', flows, '--maxvalues', '-1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--maxvalues must be a whole number');
  });
});
