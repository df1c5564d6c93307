import { readFileSync } from 'node:fs';
import { errorInFile } from '../diagnostics/diagnostic.js';
import { parseTopLevelYaml, YamlError } from '../yaml/mini-yaml.js';
import { valueOffsets } from '../yaml/source-offsets.js';
import { UsageError } from './io.js';
import type { SourceText } from './render-error.js';

/**
 * The search to work on: inline text, a `.spl` file, or a security_content
 * detection `.yml` (its `search:` value). Errors name the file and, for a YAML
 * file, the line and column in that file.
 */
export function readSpl(inline: string | undefined, file: string | undefined): SourceText {
  if (inline !== undefined && file !== undefined) throw new UsageError('give the search either inline or with -f FILE, not both');
  if (inline !== undefined) return { name: '<search>', text: inline };
  if (file === undefined) throw new UsageError('no search given: pass it as an argument or with -f FILE');
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
