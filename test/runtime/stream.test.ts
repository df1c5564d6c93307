import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/api/compile.js';
import { loadDataFiles } from '../../src/api/open-data.js';
import { createRuntimeContext } from '../../src/api/runtime-context.js';
import { NO_LOOKUPS } from '../../src/lookups/store.js';
import { formatOutput, writeResults, type OutputFormat, type RowStream } from '../../src/output/format.js';
import type { RuntimeContext } from '../../src/runtime/run.js';
import { executePlan } from '../../src/runtime/run.js';
import { streamPlan } from '../../src/runtime/stream.js';
import { sqliteDialect } from '../../src/sql/dialects/sqlite.js';
import type { Row } from '../../src/values/value.js';

const dir = mkdtempSync(join(tmpdir(), 'splice-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const data = join(dir, 'flows.csv');
writeFileSync(data, ['_time,src_ip,dest_ip,dest_port', ...[1, 2, 3, 4, 5, 6].map((n) => `2024-10-14T08:00:0${n}Z,10.0.0.${n},192.0.2.${n},${n % 2 === 0 ? 445 : 80}`)].join('\n'));

/** Six rows, one per src_ip 10.0.0.1…6 in that order; the even ones go to port 445. */
const FLOWS = '| tstats count from datamodel=Network_Traffic by All_Traffic.src_ip All_Traffic.dest_port | rename All_Traffic.* as *';
const FORMATS: readonly OutputFormat[] = ['csv', 'json', 'jsonl'];

function context(): RuntimeContext {
  return createRuntimeContext({ tz: 'UTC', lookups: NO_LOOKUPS, env: {}, now: 1_700_000_000 });
}

/** The search printed whole and streamed a row at a time, in each streamable format. */
async function both(spl: string, ctx: RuntimeContext = context()) {
  const { plan } = compile(`${FLOWS} ${spl}`);
  const db = await loadDataFiles([data], 'Network_Traffic.All_Traffic');
  try {
    const table = executePlan(plan, db, sqliteDialect, ctx);
    let streamed = false;
    const out: { format: OutputFormat; whole: string; text: string }[] = [];
    for (const format of FORMATS) {
      let text = '';
      const results = streamPlan(plan, db, sqliteDialect, ctx, { batchSize: 1 });
      streamed = results.streamed;
      await writeResults(results, format, { write: (t) => (text += t) });
      out.push({ format, whole: formatOutput(table, format), text });
    }
    return { out, streamed, header: formatOutput(table, 'csv').split('\n')[0] };
  } finally {
    db.close();
  }
}

function expectSameText(out: readonly { format: OutputFormat; whole: string; text: string }[]): void {
  for (const { format, whole, text } of out) expect(text, format).toBe(whole);
}

describe('streamed field lists', () => {
  it('a field that only a late row has still joins the list, and earlier rows wait for it', async () => {
    const { out, streamed, header } = await both('| eval late=if(src_ip=="10.0.0.6", "yes", null())');
    expect(streamed).toBe(true);
    expect(header).toBe('src_ip,dest_port,count,late');
    expectSameText(out);
  });

  it('a field added twice sits where the first stage that gave some row a value put it', async () => {
    // eval docs: an existing field keeps its place; x exists after the first eval because row 6 has it.
    const { out, header } = await both('| eval x=if(src_ip=="10.0.0.6", 1, null()) | eval y=1 | eval x=coalesce(x, 2)');
    expect(header).toBe('src_ip,dest_port,count,x,y');
    expectSameText(out);
  });

  it('head keeps reading while an earlier stage could still add a field', async () => {
    const { out, header } = await both('| eval late=if(src_ip=="10.0.0.6", "yes", null()) | head 2');
    expect(header).toBe('src_ip,dest_port,count,late');
    expectSameText(out);
  });

  it('no rows: the header and the empty JSON results are what the whole result prints', async () => {
    const { out, streamed } = await both('| where dest_port > 9999 | eval z=1');
    expect(streamed).toBe(true);
    expectSameText(out);
  });
});

describe('what streams', () => {
  it('head stops reading once its rows have passed and the field list is settled', async () => {
    const ctx = context();
    let tested = 0;
    const counting: RuntimeContext = { ...ctx, evalPort: { ...ctx.evalPort, truth: (expr, row) => (tested++, ctx.evalPort.truth(expr, row)) } };
    const { plan } = compile(`${FLOWS} | where dest_port > 0 | head 2`);
    const db = await loadDataFiles([data], 'Network_Traffic.All_Traffic');
    try {
      const rows = [...streamPlan(plan, db, sqliteDialect, counting, { batchSize: 1 })];
      expect(rows.map((r) => r.get('src_ip'))).toEqual(['10.0.0.1', '10.0.0.2']);
      expect(tested).toBe(2);
    } finally {
      db.close();
    }
  });

  it('fillnull without a field list waits for the whole result when an earlier stage may add a field', async () => {
    const { out, streamed } = await both('| eval late=if(src_ip=="10.0.0.6", "yes", null()) | fillnull');
    expect(streamed).toBe(false);
    expectSameText(out);
  });

  it('a wildcard rename of a field an earlier stage may add waits for the whole result', async () => {
    const { out, streamed } = await both('| eval a_late=if(src_ip=="10.0.0.6", "yes", null()) | rename a_* as *');
    expect(streamed).toBe(false);
    expectSameText(out);
  });

  it('a wildcard rename of fields every row lists streams', async () => {
    const { out, streamed } = await both('| rename *_ip as *_addr');
    expect(streamed).toBe(true);
    expectSameText(out);
  });

  it('commands that read the whole result do not stream', async () => {
    expect((await both('| sort - count')).streamed).toBe(false);
    expect((await both('| tail 2')).streamed).toBe(false);
  });
});

describe('writeResults', () => {
  it('writes each row before the next is read once the field list is known', async () => {
    const seen: string[] = [];
    const written: string[] = [];
    const rows: Row[] = [new Map([['a', '1']]), new Map([['a', '2']])];
    const stream: RowStream = {
      *[Symbol.iterator]() {
        for (const row of rows) {
          yield row;
          seen.push(written.join(''));
        }
      },
      fields: () => ['a'],
    };
    await writeResults(stream, 'csv', { write: (t) => written.push(t), chunk: 1 });
    expect(seen).toEqual(['a\n1\n', 'a\n1\n2\n']);
  });

  it('reads no further row while the sink is busy', async () => {
    let read = 0;
    const stream: RowStream = {
      *[Symbol.iterator]() {
        for (const n of ['1', '2', '3']) {
          read++;
          yield new Map([['a', n]]);
        }
      },
      fields: () => ['a'],
    };
    let release = (): void => undefined;
    const busy = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const done = writeResults(stream, 'csv', { write: () => undefined, chunk: 1, busy: () => (calls++ === 0 ? busy : undefined) });
    await Promise.resolve();
    expect(read).toBe(1);
    release();
    await done;
    expect(read).toBe(3);
  });
});
