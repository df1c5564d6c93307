import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

/**
 * Golden cases: each folder holds `search.spl`, `data.csv` and `expected.csv`
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
      const result = await cli(['run', '-f', join(dir, 'search.spl'), '--data', join(dir, 'data.csv'), '--tz', 'UTC', '--format', 'csv']);
      expect(result.stderr).toBe('');
      const expectedPath = join(dir, 'expected.csv');
      if (process.env.SPLICE_UPDATE_GOLDEN === '1') writeFileSync(expectedPath, result.stdout);
      expect(result.stdout).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});
