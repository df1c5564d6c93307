import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseTopLevelYaml } from '../yaml/mini-yaml.js';

/** A detection from a security_content tree: its path (relative to the tree) and search text. */
export interface Detection {
  readonly file: string;
  readonly search: string | undefined;
  /** The YAML's `status` (production, experimental, deprecated), when it has one. */
  readonly status?: string;
  /** Set when the YAML itself could not be read. */
  readonly readError?: string;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return yamlFiles(path);
      return /\.ya?ml$/i.test(entry.name) ? [path] : [];
    })
    .sort();
}

/** Every detection YAML under `<root>/detections`, in path order. */
export function listDetections(root: string): Detection[] {
  return yamlFiles(join(root, 'detections')).map((path) => {
    const file = relative(root, path);
    try {
      const yaml = parseTopLevelYaml(readFileSync(path, 'utf8'));
      const search = yaml.get('search');
      const status = yaml.get('status');
      return { file, search: typeof search === 'string' ? search.trim() : undefined, ...(typeof status === 'string' ? { status } : {}) };
    } catch (e) {
      return { file, search: undefined, readError: e instanceof Error ? e.message : String(e) };
    }
  });
}
