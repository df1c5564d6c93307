import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveFieldReference, type DataModelV2 } from '../../src/datamodels/model-v2.js';
import { validateDataModel } from '../../src/datamodels/validate.js';

// Every `<Root>.<field>` / `<Root>.<Child>.<field>` that the ESCU detections in
// ../shared (absent on some machines) reference must be a field of the model.
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const modelsDir = join(repoRoot, 'src', 'datamodels', 'models');
const corpus = join(repoRoot, '..', 'shared', 'corpus', 'security_content');
const detectionsIndex = join(corpus, 'detections.jsonl');

/**
 * References the detections make that the model definitions do not have, keyed
 * `<Model>:<reference>`. Each entry says why; the test fails when an entry is no
 * longer needed, so the list stays honest.
 */
const NOT_IN_MODEL: Record<string, string> = {
  // Change_Analysis (deprecated since CIM 4.12): only the start of its documentation
  // page could be read (action, change_type, command, dest); its JSON was not found.
  'Change_Analysis:All_Changes.result': 'Change_Analysis field table not fully available',
  'Change_Analysis:All_Changes.result_id': 'Change_Analysis field table not fully available',
  'Change_Analysis:All_Changes.src_priority': 'Change_Analysis field table not fully available',
  // Not CIM field names (the CIM names are in brackets); the detections rely on
  // add-on specific extractions.
  'Authentication:Authentication.method': 'not CIM (authentication_method)',
  'Endpoint:Processes.path': 'not CIM (process_path)',
  'Endpoint:Processes.orig_process_name': 'not CIM (original_file_name)',
  'Network_Resolution:DNS.flow_id': 'not CIM for DNS (Network_Traffic has flow_id)',
};

/**
 * Data models the detections name that have no file here. Enterprise Security's
 * UEBA and Identity_Management now have one (UEBA inferred from the one
 * deprecated detection that reads it).
 */
const MODELS_WITHOUT_FILE: readonly string[] = [];

interface Detection {
  readonly file: string;
  readonly search: string;
  readonly datamodels?: readonly string[];
}

function loadModels(): DataModelV2[] {
  return readdirSync(modelsDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => validateDataModel(JSON.parse(readFileSync(join(modelsDir, f), 'utf8')), f));
}

function loadDetections(): Detection[] {
  return readFileSync(detectionsIndex, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Detection)
    .filter((d) => typeof d.search === 'string');
}

/** Data models a search names: `datamodel=Endpoint.Processes`, `from datamodel Risk`, `datamodel:"Web"`. */
function modelsNamed(search: string): string[] {
  return [...search.matchAll(/\bdatamodel\s*[=:]?\s*"?([A-Za-z_]+)/g)].map((m) => m[1] as string);
}

/** Prefixed field references to one of `roots`, ignoring dataset names in datamodel=/nodename= and macro arguments. */
export function fieldReferences(search: string, roots: readonly string[]): string[] {
  const text = search
    .replace(/\bdatamodel\s*[=:]?\s*"?[\w.]+"?/g, ' ')
    .replace(/\bnodename\s*=\s*"?[\w.]+"?/g, ' ')
    .replace(/`drop_dm_object_name\([^)]*\)`/g, ' ');
  const alternation = [...roots].sort((a, b) => b.length - a.length).join('|');
  const pattern = new RegExp(`(?<![\\w.\\\\/*-])(?:${alternation})(?:\\.[A-Za-z_]\\w*)+(?![\\w*])`, 'g');
  return [...text.matchAll(pattern)].map((m) => m[0]);
}

describe('fieldReferences', () => {
  it('finds prefixed references and skips dataset paths, wildcards and paths inside strings', () => {
    const search =
      '| tstats count from datamodel=Endpoint.Processes where nodename=All_Changes.Account_Management ' +
      'Processes.process_name="*\\\\Processes.exe" by Processes.dest All_Risk.annotations.mitre_attack.mitre_tactic_id ' +
      '| `drop_dm_object_name(Processes)` | rename Processes.* as * | table Processes.process_*';
    expect(fieldReferences(search, ['Processes', 'All_Changes', 'All_Risk'])).toEqual([
      'Processes.process_name',
      'Processes.dest',
      'All_Risk.annotations.mitre_attack.mitre_tactic_id',
    ]);
  });
});

describe.skipIf(!existsSync(detectionsIndex))('corpus field references resolve to model fields (../shared)', () => {
  it('every prefixed reference in the ESCU detections is a field of its data model', () => {
    const models = loadModels();
    const rootsToModels = new Map<string, DataModelV2[]>();
    for (const model of models) {
      for (const root of model.roots) rootsToModels.set(root.name, [...(rootsToModels.get(root.name) ?? []), model]);
    }
    const roots = [...rootsToModels.keys()];

    const unresolved = new Map<string, string[]>();
    let checked = 0;
    for (const detection of loadDetections()) {
      const named = new Set([...modelsNamed(detection.search), ...(detection.datamodels ?? [])]);
      for (const reference of fieldReferences(detection.search, roots)) {
        const root = reference.split('.')[0] as string;
        const owners = rootsToModels.get(root) ?? [];
        const preferred = owners.filter((m) => named.has(m.name));
        const candidates = preferred.length > 0 ? preferred : owners;
        checked++;
        if (candidates.some((m) => resolveFieldReference(m, reference) !== undefined)) continue;
        const key = `${candidates.map((m) => m.name).join('|')}:${reference}`;
        unresolved.set(key, [...(unresolved.get(key) ?? []), detection.file]);
      }
    }

    expect(checked).toBeGreaterThan(5000);
    const named = new Set(loadDetections().flatMap((d) => [...modelsNamed(d.search), ...(d.datamodels ?? [])]));
    const missing = [...named].filter((n) => !models.some((m) => m.name === n)).sort();
    expect(missing).toEqual(MODELS_WITHOUT_FILE);
    const unexpected = [...unresolved.entries()].filter(([key]) => !(key in NOT_IN_MODEL)).map(([key, files]) => `${key} (${files.length}: ${files[0]})`);
    expect(unexpected).toEqual([]);
    const stale = Object.keys(NOT_IN_MODEL).filter((key) => !unresolved.has(key));
    expect(stale).toEqual([]);
  });
});
