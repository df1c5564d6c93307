import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { errorInFile } from '../diagnostics/diagnostic.js';
import { parseBlockYaml, type YamlMap, type YamlNode } from '../yaml/block-yaml.js';
import { parseTopLevelYaml, YamlError } from '../yaml/mini-yaml.js';
import { topLevelSection } from '../yaml/section.js';
import { DEFAULT_SETTINGS, type TestCase } from './case.js';

/** The settings a suite case may hold; `file` or `search` names the search. */
const CASE_KEYS = ['name', 'file', 'search', 'data', 'db', 'baseline', 'macros', 'lookups', 'mmdb', 'tz', 'ordered', 'ignore', 'keep', 'tolerance'] as const;

/**
 * A suite file: a YAML list of cases, or a mapping with `defaults:` (settings
 * every case starts from) and `cases:`. Paths are relative to the suite file.
 */
export function loadSuite(path: string): TestCase[] {
  const doc = readYaml(path, () => parseBlockYaml(readFileSync(path, 'utf8')));
  let defaults: YamlMap = {};
  let cases: YamlNode = doc;
  if (isMap(doc)) {
    const unknown = Object.keys(doc).filter((k) => k !== 'defaults' && k !== 'cases');
    if (unknown.length > 0) throw errorInFile('bad-input', `unknown suite key "${unknown[0]}" (a suite holds defaults: and cases:)`, path);
    defaults = isMap(doc.defaults) ? doc.defaults : {};
    cases = doc.cases ?? [];
  }
  if (!Array.isArray(cases)) throw errorInFile('bad-input', 'a suite is a list of cases (or a mapping with cases:)', path);
  return (cases as readonly YamlNode[]).map((item, i) => {
    if (!isMap(item)) throw errorInFile('bad-input', `case ${i + 1} is not a mapping of settings`, path);
    return caseFrom({ ...defaults, ...item }, path, `case ${i + 1}`);
  });
}

/**
 * The cases of a security_content detection .yml: entries of its `tests:`
 * list that name a `baseline` (Splunk's own entries, which only point at
 * attack data, are skipped). The search is the detection itself.
 */
export function loadDetectionTests(path: string): TestCase[] {
  const text = readYaml(path, () => readFileSync(path, 'utf8'));
  const yaml = readYaml(path, () => parseTopLevelYaml(text));
  const section = topLevelSection(text, 'tests');
  if (section === undefined) return [];
  const doc = readYaml(path, () => parseBlockYaml(section.text), section.firstLine - 1);
  const list = isMap(doc) ? doc.tests : undefined;
  if (!Array.isArray(list)) return [];
  const detection = yaml.get('name');
  const prefix = typeof detection === 'string' ? detection : basename(path);
  return (list as readonly YamlNode[])
    .filter((t): t is YamlMap => isMap(t) && t.baseline !== undefined)
    .map((t, i) => {
      const { attack_data: _ignored, name, ...settings } = t;
      const label = typeof name === 'string' ? `${prefix}: ${name}` : `${prefix}: test ${i + 1}`;
      return caseFrom({ ...settings, name: label, file: basename(path) }, path, label);
    });
}

export function isDetectionFile(path: string): boolean {
  try {
    const yaml = parseTopLevelYaml(readFileSync(path, 'utf8'));
    return yaml.has('search') && yaml.has('tests');
  } catch {
    return false;
  }
}

function caseFrom(map: YamlMap, origin: string, label: string): TestCase {
  const dir = dirname(origin);
  const fail = (message: string): never => {
    throw errorInFile('bad-input', `${label}: ${message}`, origin);
  };
  const unknown = Object.keys(map).find((k) => !(CASE_KEYS as readonly string[]).includes(k));
  if (unknown !== undefined) fail(`unknown setting "${unknown}" (settings: ${CASE_KEYS.join(', ')})`);
  const text = (key: string): string | undefined => {
    const v = map[key];
    if (v === undefined) return undefined;
    return typeof v === 'string' ? v : fail(`"${key}" must be a single value`);
  };
  const list = (key: string): string[] => {
    const v = map[key];
    if (v === undefined) return [];
    if (typeof v === 'string') return v.split(',').map((s) => s.trim()).filter((s) => s !== '');
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? [...(v as string[])] : fail(`"${key}" must be a list of values`);
  };
  const path = (p: string): string => resolve(dir, p);
  const file = text('file');
  const search = text('search');
  if ((file === undefined) === (search === undefined)) fail('give the search as file: (a .spl or detection .yml) or search: (its text), one of them');
  const baseline = text('baseline') ?? fail('no baseline: (the results Splunk returned, as CSV, JSON or JSON lines)');
  const ordered = text('ordered');
  if (ordered !== undefined && ordered !== 'true' && ordered !== 'false') fail('ordered: must be true or false');
  const tolerance = Number(text('tolerance') ?? '0');
  if (!Number.isFinite(tolerance) || tolerance < 0) fail('tolerance: must be a number, 0 or more');
  const optional = (key: 'db' | 'lookups' | 'mmdb', value: string | undefined): Partial<TestCase> => (value === undefined ? {} : { [key]: path(value) });
  const tz = text('tz');
  return {
    name: text('name') ?? label,
    origin,
    search: file !== undefined ? { file: path(file) } : { text: search ?? '' },
    data: list('data').map((d) => dataPath(d, dir)),
    baseline: path(baseline),
    macros: list('macros').map(path),
    ...optional('db', text('db')),
    ...optional('lookups', text('lookups')),
    ...optional('mmdb', text('mmdb')),
    ...(tz !== undefined ? { tz } : {}),
    settings: { ...DEFAULT_SETTINGS, ...(ordered !== undefined ? { ordered: ordered === 'true' } : {}), ignore: list('ignore'), keep: list('keep'), tolerance },
  };
}

/** `[DM[.Root]=]FILE` with FILE made absolute. */
function dataPath(spec: string, dir: string): string {
  const m = /^([A-Za-z]\w*(?:\.[A-Za-z]\w*)?)=(.+)$/.exec(spec);
  return m ? `${m[1] ?? ''}=${resolve(dir, m[2] ?? '')}` : resolve(dir, spec);
}

function isMap(node: YamlNode | undefined): node is YamlMap {
  return node !== undefined && typeof node === 'object' && !Array.isArray(node);
}

/** Runs a read, turning YAML and file errors into errors naming the file (lines shifted by `lineOffset`). */
function readYaml<T>(path: string, read: () => T, lineOffset = 0): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof YamlError) throw errorInFile('bad-input', e.message, path, e.line + lineOffset);
    if (e instanceof Error && 'code' in e) throw errorInFile('io-error', `cannot read: ${e.message}`, path);
    throw e;
  }
}
