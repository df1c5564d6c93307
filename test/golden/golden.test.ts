import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeGeoFixtures, type GeoFixtures } from '../support/geo-fixtures.js';
import { cli } from '../support/cli.js';

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
const ROOT = 'test/golden';
const cases = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

let geo: GeoFixtures | undefined;
afterAll(() => geo?.cleanup());

function caseArgs(dir: string): string[] {
  const args: string[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (file === 'data.csv') args.push('--data', join(dir, file));
    const dataset = /^data\.(.+)\.csv$/.exec(file);
    if (dataset) args.push('--data', `${dataset[1]}=${join(dir, file)}`);
  }
  if (existsSync(join(dir, 'lookups'))) args.push('--lookups', join(dir, 'lookups'));
  const extra = (existsSync(join(dir, 'args.txt')) ? readFileSync(join(dir, 'args.txt'), 'utf8').split('\n').filter((l) => l.trim() !== '') : []).map((arg) => {
    if (arg !== '{maxmind-fixture}') return arg;
    geo ??= writeGeoFixtures();
    return geo.maxmind;
  });
  if (!extra.includes('--tz')) args.push('--tz', 'UTC');
  return [...args, ...extra];
}

describe('golden cases', () => {
  it('exist', () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  for (const name of cases) {
    it(name, async () => {
      const dir = join(ROOT, name);
      const result = await cli(['run', '-f', join(dir, 'search.spl'), ...caseArgs(dir), '--format', 'csv']);
      expect(result.stderr).toBe('');
      const expectedPath = join(dir, 'expected.csv');
      if (process.env.SPLICE_UPDATE_GOLDEN === '1') writeFileSync(expectedPath, result.stdout);
      expect(result.stdout).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});
