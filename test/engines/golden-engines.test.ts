import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveDataset } from '../../src/api/ingest.js';
import { openEngine } from '../../src/engines/open.js';
import { parseEngineUrl } from '../../src/engines/url.js';
import { cli } from '../support/cli.js';
import { CaseFixtures, caseData, GOLDEN_ROOT, goldenCases } from '../golden/case-files.js';

/**
 * Every golden case on every engine: the case's files are loaded with
 * `splice ingest --engine`, the search runs with `splice run --engine`, and the
 * CSV must be byte for byte the expected file SQLite is held to. DuckDB runs
 * always (a fresh file per case); PostgreSQL and ClickHouse run when
 * `scripts/engines up` has given SPLICE_PG_URL / SPLICE_CH_URL.
 */
const scratch = mkdtempSync(join(tmpdir(), 'splice-engines-'));
const fixtures = new CaseFixtures();
afterAll(() => {
  fixtures.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

interface EngineUnderTest {
  readonly name: string;
  /** The URL for one case; shared servers keep one URL and have the previous case's tables dropped. */
  url(caseName: string): string;
  readonly shared: boolean;
}

const engines: EngineUnderTest[] = [
  { name: 'duckdb', url: (caseName) => `duckdb:${join(scratch, `${caseName}.duckdb`)}`, shared: false },
  ...(process.env.SPLICE_PG_URL ? [{ name: 'postgres', url: () => process.env.SPLICE_PG_URL ?? '', shared: true }] : []),
  ...(process.env.SPLICE_CH_URL ? [{ name: 'clickhouse', url: () => process.env.SPLICE_CH_URL ?? '', shared: true }] : []),
];

// CI (SPLICE_REQUIRE_ENGINES=1) must run every engine: a missing URL fails there instead of skipping quietly.
describe.runIf(process.env.SPLICE_REQUIRE_ENGINES === '1')('engines required', () => {
  it('has a PostgreSQL and a ClickHouse URL', () => {
    expect(engines.map((e) => e.name)).toEqual(['duckdb', 'postgres', 'clickhouse']);
  });
});

/** Drops the data-model tables a case loaded, so the next case on a shared server starts empty. */
async function dropTables(url: string, datasets: readonly string[]): Promise<void> {
  const target = parseEngineUrl(url);
  if (target.kind === 'sqlite') return;
  const engine = await openEngine(target);
  try {
    for (const dataset of datasets) await engine.dropTable(resolveDataset(dataset));
  } finally {
    await engine.close();
  }
}

for (const engine of engines) {
  describe(`golden cases on ${engine.name}`, () => {
    for (const name of goldenCases()) {
      it(name, async () => {
        const dir = join(GOLDEN_ROOT, name);
        const url = engine.url(name);
        const data = caseData(dir);
        if (engine.shared) await dropTables(url, data.map((d) => d.dataset));
        for (const { dataset, path } of data) {
          const loaded = await cli(['ingest', '--engine', url, '--datamodel', dataset, path]);
          expect(loaded.stderr.replace(/^.*: \d+ rows \(csv\).*\n/gm, '')).toBe('');
          expect(loaded.code).toBe(0);
        }
        const result = await cli(['run', '-f', join(dir, 'search.spl'), '--engine', url, ...fixtures.otherArgs(dir), '--format', 'csv']);
        expect(result.stderr).toBe('');
        expect(result.stdout).toBe(readFileSync(join(dir, 'expected.csv'), 'utf8'));
      });
    }
  });
}
