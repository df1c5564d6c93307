import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MacroDefinition } from '../../../src/macros/definition.js';
import { loadMacroPaths } from '../../../src/macros/load.js';

/** Real detections to mutate, and the macros they call. */
export interface Seeds {
  readonly searches: readonly string[];
  readonly macros: readonly MacroDefinition[];
  /** Where the searches came from, for reports. */
  readonly origin: string;
}

const CORPUS = '../shared/corpus/security_content';

/**
 * Every detection of the security_content corpus when it is beside the repo;
 * otherwise the searches under examples/ and test/golden/<case>/search.spl.
 */
export function loadSeeds(root: string = process.cwd()): Seeds {
  const corpus = join(root, CORPUS);
  const jsonl = join(corpus, 'detections.jsonl');
  if (existsSync(jsonl)) {
    const searches = readFileSync(jsonl, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line): unknown => JSON.parse(line))
      .flatMap((d) => (typeof d === 'object' && d !== null && 'search' in d && typeof d.search === 'string' ? [d.search] : []));
    const macroDir = join(corpus, 'macros');
    return { searches, macros: existsSync(macroDir) ? loadMacroPaths([macroDir]) : [], origin: jsonl };
  }
  return { searches: [...splFiles(join(root, 'examples')), ...goldenSearches(join(root, 'test/golden'))], macros: [], origin: 'examples/ and test/golden/' };
}

function splFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return splFiles(path);
    return entry.name.endsWith('.spl') ? [readFileSync(path, 'utf8')] : [];
  });
}

function goldenSearches(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name, 'search.spl');
    return existsSync(path) ? [readFileSync(path, 'utf8')] : [];
  });
}
