import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { csvSource } from '../ingest/readers/csv.js';
import { appProvidedStandIn, APP_PROVIDED_LOOKUPS } from './app-provided.js';
import { readCsvHeader } from './csv-header.js';
import { loadLookupDefinitions, lookupDirectoryFiles, type LookupDefinition } from './definitions.js';
import { lookupSettings } from './settings.js';

/** A CSV lookup in memory: its definition, its columns in file order, its rows in file order. */
export interface LookupTable {
  readonly definition: LookupDefinition;
  readonly fields: readonly string[];
  /** Column → text; empty cells are absent, as the CSV reader gives them. */
  readonly rows: readonly ReadonlyMap<string, string>[];
}

export interface LookupStore {
  get(name: string): LookupTable | undefined;
  /** Every name get() answers, for "did you mean" hints. */
  names(): readonly string[];
  /** Why a defined lookup that get() does not answer cannot be used; undefined for names nothing defines. */
  unusable(name: string): string | undefined;
}

export interface LookupStoreOptions {
  /** Load only these lookups (definition names or CSV file names), e.g. those a search names. */
  readonly only?: Iterable<string>;
}

/**
 * Reads `dir/*.yml` definitions and the CSV files they name, plus every CSV
 * file in `dir` under its own file name: "<lookup-table-name> … Can be either
 * the name of a CSV file that you want to use as the lookup, or the name of a
 * stanza in the transforms.conf file"
 * (https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Lookup).
 * A file used by its own name has no stanza, so it matches with the
 * transforms.conf defaults (exact, case-sensitive).
 *
 * Loading is eager: the row runtime is synchronous, so every table it may ask
 * for must already be in memory. Pass `only` to load just the lookups a search
 * names (the security_content set is about 100,000 rows). Definition settings
 * are checked here too, so a malformed match_type fails before any search runs.
 * A KV store collection loads as an empty table with its declared fields; a
 * definition whose CSV file is absent, or of another kind, loads without error
 * and is reported by unusable(). Lookups that Splunk apps ship (app-provided.ts)
 * and the directory does not define load as their empty stand-ins.
 */
export async function loadLookupStore(dir: string, options: LookupStoreOptions = {}): Promise<LookupStore> {
  const wanted = options.only === undefined ? undefined : new Set(options.only);
  const isWanted = (name: string): boolean => wanted === undefined || wanted.has(name);
  const files = new Map<string, Promise<Pick<LookupTable, 'fields' | 'rows'>>>();
  const readOnce = (filename: string) => {
    let loaded = files.get(filename);
    if (loaded === undefined) {
      loaded = readCsvLookup(join(dir, filename));
      files.set(filename, loaded);
    }
    return loaded;
  };
  const pending: Promise<[string, LookupTable]>[] = [];
  const problems = new Map<string, string>();
  const defined = new Set<string>();
  for (const definition of loadLookupDefinitions(dir)) {
    defined.add(definition.name);
    if (!isWanted(definition.name)) continue;
    lookupSettings(definition);
    const collection = emptyCollection(definition);
    const problem = collection ? undefined : whyUnusable(definition, dir);
    if (collection) pending.push(Promise.resolve([definition.name, collection]));
    else if (problem !== undefined) problems.set(definition.name, problem);
    else pending.push(readOnce(definition.filename ?? '').then((t) => [definition.name, { definition, ...t }]));
  }
  for (const filename of lookupDirectoryFiles(dir).filter((f) => f.toLowerCase().endsWith('.csv')).sort()) {
    if (defined.has(filename) || !isWanted(filename)) continue;
    const definition: LookupDefinition = { name: filename, filename, source: join(dir, filename) };
    pending.push(readOnce(filename).then((t) => [filename, { definition, ...t }]));
  }
  const tables = new Map(await Promise.all(pending));
  // A name the directory defines, even unusably, is the user's; otherwise an app's lookup gets its stand-in.
  for (const { name } of APP_PROVIDED_LOOKUPS) {
    const standIn = appProvidedStandIn(name);
    if (standIn && isWanted(name) && !tables.has(name) && !problems.has(name)) tables.set(name, standIn);
  }
  return {
    get: (name) => tables.get(name),
    names: () => [...tables.keys()],
    unusable: (name) => problems.get(name),
  };
}

/**
 * A KV store collection: its rows live in a Splunk instance, not in files, so
 * here it is the empty table with the fields its definition declares (as on a
 * fresh instance). `_key` is the store's internal id, not a lookup field.
 */
function emptyCollection(definition: LookupDefinition): LookupTable | undefined {
  if (definition.collection === undefined || definition.fieldsList === undefined) return undefined;
  // Some definitions list a field twice; it is one column.
  const fields = [...new Set(definition.fieldsList.split(',').map((f) => f.trim()).filter((f) => f !== '' && f !== '_key'))];
  return { definition, fields, rows: [] };
}

function whyUnusable(definition: LookupDefinition, dir: string): string | undefined {
  const { filename } = definition;
  if (filename === undefined || !filename.toLowerCase().endsWith('.csv')) {
    return `lookup "${definition.name}" is not a CSV file lookup (KV store collections and other kinds are not supported)`;
  }
  if (!existsSync(join(dir, filename))) return `the file of lookup "${definition.name}", ${filename}, is not in ${dir}`;
  return undefined;
}

/**
 * Header names and cells are trimmed of surrounding spaces, as Splunk's lookup
 * reader evidently does [INF]: Splunk's own detections read `status` from a file
 * whose header is `ransomware_notes, status` and compare its value ` True` to `True`.
 */
async function readCsvLookup(file: string): Promise<Pick<LookupTable, 'fields' | 'rows'>> {
  const rows: ReadonlyMap<string, string>[] = [];
  for await (const record of csvSource(file).records()) {
    const row = new Map<string, string>();
    for (const [key, value] of record.values) {
      const cell = (typeof value === 'string' ? value : value.join('\n')).trim();
      if (cell !== '') row.set(key.trim(), cell);
    }
    rows.push(row);
  }
  // Trimming can make two header names one (`a` and ` a`); the field is listed once.
  return { fields: [...new Set((await readCsvHeader(file)).map((f) => f.trim()))], rows };
}

/** A store for searches run without a lookup directory: only the app-provided stand-ins. */
export const NO_LOOKUPS: LookupStore = {
  get: (name) => appProvidedStandIn(name),
  names: () => APP_PROVIDED_LOOKUPS.map((l) => l.name),
  unusable: (name) => (appProvidedStandIn(name) === undefined ? 'no lookup directory was given (use --lookups DIR)' : undefined),
};
