import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { limitRows } from '../../src/runtime/stream-limit.js';
import { whole, type ResultStream } from '../../src/runtime/stream.js';
import type { Row } from '../../src/values/value.js';
import { cli } from '../support/cli.js';

const rows = (n: number): Row[] => Array.from({ length: n }, (_, i) => new Map([['n', i + 1]]));

/** A streamed result that counts how many rows were pulled from it. */
function counting(n: number): { stream: ResultStream; pulled: () => number } {
  let pulled = 0;
  function* gen(): Generator<Row> {
    for (const row of rows(n)) {
      pulled++;
      yield row;
    }
  }
  const iterator = gen();
  return { stream: { [Symbol.iterator]: () => iterator, fields: () => ['n'], streamed: true }, pulled: () => pulled };
}

describe('limitRows', () => {
  it('stops reading a streamed result one row past the limit', () => {
    const { stream, pulled } = counting(1000);
    const limited = limitRows(stream, 3);
    expect([...limited].map((r) => r.get('n'))).toEqual([1, 2, 3]);
    expect(pulled()).toBe(4);
    expect(limited.cut()).toEqual({ shown: 3 });
  });

  it('counts the rows of a result computed whole', () => {
    const limited = limitRows(whole({ fields: ['n'], rows: rows(10) }), 4);
    expect([...limited]).toHaveLength(4);
    expect(limited.cut()).toEqual({ shown: 4, total: 10 });
  });

  it('cuts nothing when the result has exactly the limit', () => {
    const limited = limitRows(whole({ fields: ['n'], rows: rows(4) }), 4);
    expect([...limited]).toHaveLength(4);
    expect(limited.cut()).toBeUndefined();
  });
});

describe('splice run --max-rows', () => {
  const dir = mkdtempSync(join(tmpdir(), 'splice-max-rows-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const flows = join(dir, 'flows.csv');
  writeFileSync(flows, `src_ip,dest_port\n${Array.from({ length: 12 }, (_, i) => `10.0.0.${i + 1},${100 + i}`).join('\n')}\n`);

  it('prints the first N rows of a streamed search, then says there were more', async () => {
    const spl = '| tstats count from datamodel=Network_Traffic by All_Traffic.dest_port | eval p=\'All_Traffic.dest_port\' | table p';
    const result = await cli(['run', spl, '--data', flows, '--format', 'csv', '--max-rows', '5']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('p\n100\n101\n102\n103\n104\n');
    expect(result.stderr).toBe('warning[truncated]: showed the first 5 rows; the search has more (--max-rows 5 stopped reading)\n');
  });

  it('gives N of M for a search computed whole (stats reads every row)', async () => {
    const spl = '| tstats count from datamodel=Network_Traffic by All_Traffic.src_ip | stats count by All_Traffic.src_ip';
    const result = await cli(['run', spl, '--data', flows, '--format', 'jsonl', '--max-rows', '2']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(2);
    expect(result.stderr).toBe('warning[truncated]: showed 2 of 12 rows (--max-rows 2)\n');
  });

  it('says nothing when the search has no more rows than N', async () => {
    const spl = '| tstats count from datamodel=Network_Traffic';
    const result = await cli(['run', spl, '--data', flows, '--format', 'csv', '--max-rows', '1']);
    expect(result.stdout).toBe('count\n12\n');
    expect(result.stderr).toBe('');
  });

  it('limits the table format too', async () => {
    const spl = '| tstats count from datamodel=Network_Traffic by All_Traffic.dest_port';
    const result = await cli(['run', spl, '--data', flows, '--max-rows', '3']);
    expect(result.stdout.trim().split('\n').at(-1)).toBe('(3 rows)');
  });

  it('refuses N below 1', async () => {
    const result = await cli(['run', '| tstats count from datamodel=Network_Traffic', '--data', flows, '--max-rows', '0']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--max-rows must be a whole number, 1 or more');
  });
});
