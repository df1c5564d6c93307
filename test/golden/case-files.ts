import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeGeoFixtures, type GeoFixtures } from '../support/geo-fixtures.js';

/** The folder of golden cases, and their names in order. */
export const GOLDEN_ROOT = 'test/golden';
export const goldenCases = (): string[] => readdirSync(GOLDEN_ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

/** A case's data files: `data.csv` is Network_Traffic, `data.<Model.Root>.csv` that dataset. */
export function caseData(dir: string): { dataset: string; path: string }[] {
  const files: { dataset: string; path: string }[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (file === 'data.csv') files.push({ dataset: 'Network_Traffic', path: join(dir, file) });
    const dataset = /^data\.(.+)\.csv$/.exec(file);
    if (dataset) files.push({ dataset: dataset[1] ?? '', path: join(dir, file) });
  }
  return files;
}

/** GeoIP fixture files, written once when a case asks for them; `cleanup` removes them. */
export class CaseFixtures {
  private geo: GeoFixtures | undefined;

  /** A case's arguments other than its data: --lookups, args.txt (with `{maxmind-fixture}` resolved), and --tz UTC unless it sets a zone. */
  otherArgs(dir: string): string[] {
    const args: string[] = [];
    if (existsSync(join(dir, 'lookups'))) args.push('--lookups', join(dir, 'lookups'));
    const lines = existsSync(join(dir, 'args.txt')) ? readFileSync(join(dir, 'args.txt'), 'utf8').split('\n').filter((l) => l.trim() !== '') : [];
    const extra = lines.map((arg) => {
      if (arg !== '{maxmind-fixture}') return arg;
      this.geo ??= writeGeoFixtures();
      return this.geo.maxmind;
    });
    if (!extra.includes('--tz')) args.push('--tz', 'UTC');
    return [...args, ...extra];
  }

  cleanup(): void {
    this.geo?.cleanup();
  }
}
