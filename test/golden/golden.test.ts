import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

/**
 * Golden cases: each folder holds `search.spl`, `data.csv`, `expected.csv` and, when the search uses lookups, `lookups/`
 * (the rows as `splice run --format csv --tz UTC` prints them). The expected
 * files are written by hand from Splunk's documented semantics and reviewed;
 * SPLICE_UPDATE_GOLDEN=1 rewrites them from the current output for review.
 */
const ROOT = 'test/golden';
const cases = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('golden cases', () => {
  it('exist', () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  for (const name of cases) {
    it(name, async () => {
      const dir = join(ROOT, name);
      const lookups = existsSync(join(dir, 'lookups')) ? ['--lookups', join(dir, 'lookups')] : [];
      const result = await cli(['run', '-f', join(dir, 'search.spl'), '--data', join(dir, 'data.csv'), ...lookups, '--tz', 'UTC', '--format', 'csv']);
      expect(result.stderr).toBe('');
      const expectedPath = join(dir, 'expected.csv');
      if (process.env.SPLICE_UPDATE_GOLDEN === '1') writeFileSync(expectedPath, result.stdout);
      expect(result.stdout).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});
