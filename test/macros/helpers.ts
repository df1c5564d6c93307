import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { SpliceError } from '../../src/diagnostics/diagnostic.js';

/** The SpliceError `run` throws; fails the test when it returns or throws anything else. */
export function errorOf(run: () => unknown): SpliceError {
  try {
    run();
  } catch (e) {
    if (e instanceof SpliceError) return e;
    throw e;
  }
  throw new Error('expected a SpliceError, but nothing was thrown');
}

const created: string[] = [];
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes `files` (relative path → content) under a new temp dir, removed after the file's tests. */
export function tempDir(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'splice-macros-'));
  created.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

/** The four security_content macro files behind `security_content_summariesonly` (spl-semantics.md §1.1). */
export const SUMMARIESONLY_YAML: Readonly<Record<string, string>> = {
  'security_content_summariesonly.yml':
    'definition: summariesonly=`summariesonly_config` allow_old_summaries=`oldsummaries_config` fillnull_value=`fillnull_config`\n' +
    "description: search data model's summaries only \nname: security_content_summariesonly\n",
  'summariesonly_config.yml': 'definition: "false"\ndescription: Used inside security_content_summariesonly\nname: summariesonly_config\n',
  'oldsummaries_config.yml': 'definition: "true"\ndescription: Used inside security_content_summariesonly\nname: oldsummaries_config\n',
  'fillnull_config.yml': 'definition: "null"\ndescription: Used inside security_content_summariesonly\nname: fillnull_config\n',
};
