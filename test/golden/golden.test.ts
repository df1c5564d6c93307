import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { CaseFixtures, caseData, GOLDEN_ROOT, goldenCases } from './case-files.js';

/**
 * Golden cases: each folder holds `search.spl` and `expected.csv` (the rows as
 * `splice run --format csv --tz UTC` prints them), plus its data:
 * - `data.csv` is Network_Traffic flows; `data.<Model.Root>.csv` (for example
 *   `data.Endpoint.Processes.csv`) loads that dataset; a case may have none;
 * - `lookups/` holds lookup definitions and CSVs when the search uses them;
 * - `args.txt` holds extra CLI arguments, one per line (for example `--tz` and
 *   a zone, to override UTC); `{maxmind-fixture}` stands for the path of the
 *   GeoIP2-City test database test/support/geo-fixtures.ts writes.
 * The expected files are written by hand from Splunk's documented semantics
 * and reviewed; SPLICE_UPDATE_GOLDEN=1 rewrites them from the current output
 * for review.
 */
const cases = goldenCases();
const fixtures = new CaseFixtures();
afterAll(() => fixtures.cleanup());

function caseArgs(dir: string): string[] {
  const data = caseData(dir).flatMap((d) => ['--data', d.dataset === 'Network_Traffic' ? d.path : `${d.dataset}=${d.path}`]);
  return [...data, ...fixtures.otherArgs(dir)];
}

describe('golden cases', () => {
  it('exist', () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  for (const name of cases) {
    it(name, async () => {
      const dir = join(GOLDEN_ROOT, name);
      const result = await cli(['run', '-f', join(dir, 'search.spl'), ...caseArgs(dir), '--format', 'csv']);
      expect(result.stderr).toBe('');
      const expectedPath = join(dir, 'expected.csv');
      if (process.env.SPLICE_UPDATE_GOLDEN === '1') writeFileSync(expectedPath, result.stdout);
      expect(result.stdout).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});
