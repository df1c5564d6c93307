import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { errorNowhere } from '../diagnostics/diagnostic.js';
import type { TestCase } from './case.js';
import { isDetectionFile, loadDetectionTests, loadSuite } from './suite.js';

const SUITE_FILE = /\.suite\.ya?ml$/i;

/**
 * The cases named by `splice test` arguments: a suite file (`*.suite.yml`), a
 * detection .yml whose `tests:` name baselines, or a folder, searched
 * recursively for both (in path order).
 */
export function discoverCases(paths: readonly string[]): TestCase[] {
  return paths.flatMap((path) => {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      throw errorNowhere('io-error', `no such file or folder: ${path}`);
    }
    if (!isDir) return SUITE_FILE.test(path) || !isDetectionFile(path) ? loadSuite(path) : loadDetectionTests(path);
    return filesUnder(path).flatMap((file) => {
      if (SUITE_FILE.test(file)) return loadSuite(file);
      return /\.ya?ml$/i.test(file) && isDetectionFile(file) ? loadDetectionTests(file) : [];
    });
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.') && e.name !== 'node_modules')
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}
