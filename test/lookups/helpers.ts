import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLookupStore, type LookupStore, type LookupStoreOptions } from '../../src/lookups/store.js';

/** A lookups directory written from `files` (name → content) in a fresh temp dir. */
export function lookupDir(files: Readonly<Record<string, string>>): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'splice-lookups-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Loads a store from `files`, removing the directory afterwards (the store keeps everything in memory). */
export async function storeOf(files: Readonly<Record<string, string>>, options?: LookupStoreOptions): Promise<LookupStore> {
  const { dir, cleanup } = lookupDir(files);
  try {
    return await loadLookupStore(dir, options);
  } finally {
    cleanup();
  }
}

/** A security_content-style definition: `name`, `filename`, then any further settings. */
export function definition(name: string, filename: string, settings: Readonly<Record<string, string>> = {}): string {
  const lines = [`name: ${name}`, `filename: ${filename}`, `description: test lookup ${name}`];
  for (const [key, value] of Object.entries(settings)) lines.push(`${key}: ${value}`);
  return `${lines.join('\n')}\n`;
}
