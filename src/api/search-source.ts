import { readFileSync } from 'node:fs';
import { errorInFile } from '../diagnostics/diagnostic.js';
import { parseTopLevelYaml, YamlError } from '../yaml/mini-yaml.js';
import { valueOffsets } from '../yaml/source-offsets.js';

/** A search's text, where it came from, and how to point into the file it was taken from. */
export interface SourceText {
  readonly name: string;
  readonly text: string;
  /**
   * When the search was taken out of a larger file (a detection's `search:`),
   * that file and where each character of `text` sits in it.
   */
  readonly file?: { readonly text: string; readonly offsets: readonly number[] };
}

/**
 * A search from a `.spl` file or a security_content detection `.yml` (its
 * `search:` value). Errors name the file and, for a YAML file, the line.
 */
export function readSearchFile(file: string): SourceText {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw errorInFile('io-error', 'cannot read search file', file);
  }
  if (!/\.ya?ml$/i.test(file)) return { name: file, text: text.replace(/\s+$/, '') };
  const search = searchOfDetection(text, file);
  const offsets = valueOffsets(text, 'search', search);
  return { name: file, text: search, ...(offsets ? { file: { text, offsets } } : {}) };
}

function searchOfDetection(text: string, file: string): string {
  try {
    const search = parseTopLevelYaml(text).get('search');
    if (typeof search !== 'string') throw errorInFile('bad-input', 'detection file has no "search:" text', file);
    return search.replace(/\s+$/, '');
  } catch (e) {
    if (e instanceof YamlError) throw errorInFile('bad-input', e.message, file, e.line);
    throw e;
  }
}
