import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/api/compile.js';
import { SpliceError } from '../../src/diagnostics/diagnostic.js';
import type { SqlSource } from '../../src/plan/plan.js';
import { sqliteDialect } from '../../src/sql/dialects/sqlite.js';
import { printSelect } from '../../src/sql/print.js';
import { cli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'splice-prestats-'));
const flows = join(dir, 'flows.csv');
writeFileSync(flows, [
  '_time,src_ip,dest_port,app,bytes',
  '1704067200,10.0.0.1,80,web,100',
  '1704067300,10.0.0.1,443,web,250',
  '1704070900,10.0.0.1,80,,7',
  '1704071000,10.0.0.2,22,ssh,40',
  '1704074500,,53,dns,9',
  '1704074600,10.0.0.10,53,dns,',
].join('\n'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function rows(spl: string): Promise<string> {
  const result = await cli(['run', spl, '--data', flows, '--tz', 'UTC', '--format', 'csv']);
  expect(result.stderr).toBe('');
  return result.stdout;
}

/** The refusal as `code: message @ text pointed at`. */
function refusedAt(spl: string): string {
  try {
    compile(spl);
  } catch (e) {
    if (!(e instanceof SpliceError) || e.diagnostic.location.kind !== 'source') throw e;
    const { start, end } = e.diagnostic.location.span;
    return `${e.diagnostic.code}: ${e.diagnostic.message} @ ${spl.slice(start, end)}`;
  }
  throw new Error('expected a refusal');
}

const FROM = 'from datamodel=Network_Traffic';

describe('tstats prestats=true planning', () => {
  it('selects one row per event with the BY fields and the fields the functions read, without GROUP BY, ordered by all of them', () => {
    const source = compile(`| tstats prestats=t count sum(All_Traffic.bytes) ${FROM} by All_Traffic.src_ip | stats sum(All_Traffic.bytes) by All_Traffic.src_ip`).plan.source as SqlSource;
    const { sql } = printSelect(source.select, sqliteDialect);
    expect(sql).toBe('SELECT "src_ip" AS "All_Traffic.src_ip",\n       "bytes" AS "All_Traffic.bytes"\nFROM "Network_Traffic.All_Traffic"\nWHERE (("src_ip" IS NOT NULL))\nORDER BY "src_ip", "bytes"');
  });
});

describe('tstats prestats=true results equal the grouped tstats', () => {
  it('count by a field', async () => {
    expect(await rows(`| tstats prestats=true count ${FROM} by All_Traffic.src_ip | stats count by All_Traffic.src_ip`)).toBe(
      await rows(`| tstats count ${FROM} by All_Traffic.src_ip`),
    );
  });

  it('several functions, fillnull_value and aliases of the functions', async () => {
    const fns = 'dc(All_Traffic.dest_port) values(All_Traffic.app) sum(All_Traffic.bytes) avg(All_Traffic.bytes) max(All_Traffic.bytes) earliest(All_Traffic.app) count(All_Traffic.app)';
    expect(await rows(`| tstats prestats=t fillnull_value=none ${fns} ${FROM} by All_Traffic.src_ip | stats ${fns} by All_Traffic.src_ip`)).toBe(
      await rows(`| tstats fillnull_value=none ${fns} ${FROM} by All_Traffic.src_ip`),
    );
    expect(await rows(`| tstats prestats=t distinct_count(All_Traffic.dest_port) ${FROM} | stats dc(All_Traffic.dest_port)`)).toBe('dc(All_Traffic.dest_port)\n4\n');
  });

  it('binned _time feeding timechart and stats', async () => {
    expect(await rows(`| tstats prestats=t count ${FROM} by _time span=1h | stats count by _time`)).toBe(await rows(`| tstats count ${FROM} by _time span=1h`));
    expect(await rows(`| tstats prestats=t count ${FROM} by _time span=1h | timechart span=1h count`)).toBe('_time,count\n1704067200,2\n1704070800,2\n1704074400,2\n');
  });
});

describe('tstats prestats=true refusals', () => {
  it('needs stats, chart or timechart next', () => {
    expect(refusedAt(`| tstats prestats=true count ${FROM}`)).toBe(
      'unsupported: unsupported: tstats prestats=true without stats, chart or timechart after it (prestats output is only for them) @ prestats=true',
    );
    expect(refusedAt(`| tstats prestats=true count ${FROM} | eventstats count`)).toBe(
      'unsupported: unsupported: eventstats after tstats prestats=true (only stats, chart and timechart read prestats results) @ eventstats',
    );
  });

  it('refuses aggregates the tstats did not compute', () => {
    expect(refusedAt(`| tstats prestats=t count ${FROM} by All_Traffic.src_ip | stats dc(All_Traffic.dest_port) by All_Traffic.src_ip`)).toBe(
      'unsupported: unsupported: stats dc(All_Traffic.dest_port) over tstats prestats=true results: the tstats computes only count @ dc(All_Traffic.dest_port)',
    );
    expect(refusedAt(`| tstats prestats=t count(All_Traffic.app) ${FROM} | stats count`)).toBe(
      'unsupported: unsupported: stats count over tstats prestats=true results: the tstats computes only count(All_Traffic.app) @ count',
    );
    expect(refusedAt(`| tstats prestats=t count ${FROM} | stats count(eval(x>1)) as n`)).toBe(
      'unsupported: unsupported: eval(…) in stats over tstats prestats=true results (tstats did not compute it) @ eval(x>1)',
    );
  });

  it('refuses splits by fields that are not tstats BY fields, and timechart without _time', () => {
    expect(refusedAt(`| tstats prestats=t count ${FROM} by All_Traffic.src_ip | chart count over All_Traffic.src_ip by All_Traffic.app`)).toBe(
      'unsupported: unsupported: chart by All_Traffic.app, which is not a BY field of the tstats prestats=true before it @ All_Traffic.app',
    );
    expect(refusedAt(`| tstats prestats=t count ${FROM} by All_Traffic.src_ip | timechart span=1h count`)).toBe(
      'unsupported: unsupported: timechart over tstats prestats=true results without _time in the tstats BY clause @ timechart',
    );
  });

  it('refuses functions that read a BY field tstats changed', () => {
    expect(refusedAt(`| tstats prestats=t earliest(All_Traffic.app) ${FROM} by _time span=1h | stats earliest(All_Traffic.app) by _time`)).toBe(
      'unsupported: unsupported: tstats prestats=true with earliest() reading the BY field _time (it is binned by span=) @ earliest(All_Traffic.app)',
    );
    expect(refusedAt(`| tstats prestats=t fillnull_value=x count(All_Traffic.app) ${FROM} by All_Traffic.app | stats count(All_Traffic.app) by All_Traffic.app`)).toBe(
      'unsupported: unsupported: tstats prestats=true with count() reading the BY field All_Traffic.app (fillnull_value fills it) @ count(All_Traffic.app)',
    );
  });
});
