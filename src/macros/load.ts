import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { errorInFile } from '../diagnostics/diagnostic.js';
import type { MacroDefinition } from './definition.js';
import { parseMacrosConf } from './load-conf.js';
import { parseMacroYaml } from './load-yaml.js';

/** Loads macro definitions from files or directories (`.conf`, `.yml`, `.yaml`), in sorted order. */
export function loadMacroPaths(paths: readonly string[]): MacroDefinition[] {
  const out: MacroDefinition[] = [];
  for (const path of paths) {
    for (const file of listMacroFiles(path)) out.push(...loadMacroFile(file));
  }
  return out;
}

function listMacroFiles(path: string): string[] {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw errorInFile('io-error', 'macro path not found', path);
  }
  if (!stats.isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => /\.(conf|ya?ml)$/i.test(name))
    .sort()
    .map((name) => join(path, name));
}

function loadMacroFile(file: string): MacroDefinition[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw errorInFile('io-error', 'cannot read macro file', file);
  }
  return /\.conf$/i.test(file) ? parseMacrosConf(text, file) : [parseMacroYaml(text, file)];
}
