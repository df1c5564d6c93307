import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/api/compile.js';
import { loadDataFiles } from '../../src/api/open-data.js';
import { createRuntimeContext } from '../../src/api/runtime-context.js';
import { openSqlite } from '../../src/exec/sqlite.js';
import { loadLookupStore, NO_LOOKUPS } from '../../src/lookups/store.js';
import { loadMacroPaths } from '../../src/macros/load.js';
import { formatOutput, OUTPUT_FORMATS, writeResults } from '../../src/output/format.js';
import { executePlan } from '../../src/runtime/run.js';
import { streamPlan } from '../../src/runtime/stream.js';
import { sqliteDialect } from '../../src/sql/dialects/sqlite.js';
import { writeGeoFixtures, type GeoFixtures } from '../support/geo-fixtures.js';

/**
 * Every golden search, run whole (executePlan, formatOutput) and streamed
 * (streamPlan, writeResults), must print the same bytes in every format. A
 * batch of one row makes every field-list decision cross batches.
 */
const ROOT = 'test/golden';
const cases = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
let geo: GeoFixtures | undefined;
afterAll(() => geo?.cleanup());
const streamed = new Set<string>();

/** The case's inputs, read as test/golden/golden.test.ts passes them to the CLI. */
async function prepare(dir: string) {
  const data: string[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (file === 'data.csv') data.push(join(dir, file));
    const dataset = /^data\.(.+)\.csv$/.exec(file);
    if (dataset) data.push(`${dataset[1]}=${join(dir, file)}`);
  }
  const extra = existsSync(join(dir, 'args.txt')) ? readFileSync(join(dir, 'args.txt'), 'utf8').split('\n').filter((l) => l.trim() !== '') : [];
  const flag = (name: string): string | undefined => {
    const i = extra.indexOf(name);
    return i < 0 ? undefined : extra[i + 1];
  };
  const macros = flag('--macros');
  const compiled = compile(readFileSync(join(dir, 'search.spl'), 'utf8'), { macros: loadMacroPaths(macros === undefined ? [] : [macros]) });
  const lookups = existsSync(join(dir, 'lookups')) ? await loadLookupStore(join(dir, 'lookups')) : NO_LOOKUPS;
  const mmdb = flag('--mmdb') === undefined ? undefined : (geo ??= writeGeoFixtures()).maxmind;
  const ctx = createRuntimeContext({ tz: flag('--tz') ?? 'UTC', lookups, env: {}, now: 1_700_000_000, ...(mmdb === undefined ? {} : { mmdb }) });
  const source = compiled.plan.source;
  const db = source.kind === 'sql' ? await loadDataFiles(data, source.select.from) : openSqlite(':memory:', 'write');
  return { plan: compiled.plan, ctx, db };
}

describe('streamed results print what whole results print', () => {
  for (const name of cases) {
    it(name, async () => {
      const { plan, ctx, db } = await prepare(join(ROOT, name));
      try {
        const table = executePlan(plan, db, sqliteDialect, ctx);
        for (const format of OUTPUT_FORMATS) {
          for (const batchSize of [1, 3, 512]) {
            let text = '';
            const results = streamPlan(plan, db, sqliteDialect, ctx, { batchSize });
            if (results.streamed) streamed.add(name);
            await writeResults(results, format, { write: (t) => (text += t), chunk: 7 });
            expect(text, `${format}, batches of ${batchSize}`).toBe(formatOutput(table, format));
          }
        }
      } finally {
        db.close();
      }
    });
  }

  it('streams the cases whose stages all take rows one by one', () => {
    const expected = ['eval-if', 'eval-cidrmatch', 'search-cidr', 'rename-wildcards', 'rename-collision', 'head-count', 'fillnull-field-list', 'fillnull-all-fields', 'fields-minus', 'fields-plus', 'table-wildcards-order', 'rex-named-groups', 'regex-not-match', 'lookup-outputnew', 'lookup-cidr-match', 'iplocation-cities', 'convert-timeformat', 'where-null-comparison'];
    expect(expected.filter((n) => !streamed.has(n))).toEqual([]);
  });
});
