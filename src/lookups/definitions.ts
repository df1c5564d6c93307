import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorInFile } from '../diagnostics/diagnostic.js';
import { parseTopLevelYaml, YamlError } from '../yaml/mini-yaml.js';

/** A lookup definition as security_content writes it (lookups/<name>.yml). */
export interface LookupDefinition {
  readonly name: string;
  /** The CSV file, when the lookup is file-based (not a KV store or model). */
  readonly filename?: string;
  readonly matchType?: string;
  readonly caseSensitiveMatch?: string;
  readonly defaultMatch?: string;
  readonly minMatches?: string;
  readonly maxMatches?: string;
  /** A KV store collection's name, and the fields it declares (`fields_list`). */
  readonly collection?: string;
  readonly fieldsList?: string;
  /** Set for the empty stand-in of a lookup a Splunk app ships (src/lookups/app-provided.ts): the app's name. */
  readonly providedBy?: string;
  readonly source: string;
}

export function loadLookupDefinitions(dir: string): LookupDefinition[] {
  return lookupDirectoryFiles(dir)
    .filter((f) => /\.ya?ml$/i.test(f))
    .sort()
    .map((f) => parseLookupDefinition(join(dir, f)));
}

/** The file names in a lookup directory; a missing or unreadable directory is the user's error, not an internal one. */
export function lookupDirectoryFiles(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'lookup directory not found' : code === 'ENOTDIR' ? 'not a directory (--lookups takes a directory)' : 'cannot read lookup directory';
    throw errorInFile('io-error', why, dir);
  }
}

function parseLookupDefinition(file: string): LookupDefinition {
  let doc;
  try {
    doc = parseTopLevelYaml(readFileSync(file, 'utf8'));
  } catch (e) {
    if (e instanceof YamlError) throw errorInFile('bad-input', e.message, file, e.line);
    throw errorInFile('io-error', 'cannot read lookup definition', file);
  }
  const text = (key: string): string | undefined => {
    const v = doc.get(key);
    return typeof v === 'string' && v !== '' ? v : undefined;
  };
  const name = text('name');
  if (name === undefined) throw errorInFile('bad-input', 'lookup definition has no "name"', file);
  const optional = (key: string, value: string | undefined): Record<string, string> => (value === undefined ? {} : { [key]: value });
  return {
    name,
    ...optional('filename', text('filename')),
    ...optional('matchType', text('match_type')),
    ...optional('caseSensitiveMatch', text('case_sensitive_match')),
    ...optional('defaultMatch', text('default_match')),
    ...optional('minMatches', text('min_matches')),
    ...optional('maxMatches', text('max_matches')),
    ...optional('collection', text('collection')),
    ...optional('fieldsList', text('fields_list')),
    source: file,
  };
}
