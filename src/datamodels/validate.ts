import {
  BASE_EVENT_FIELD_NAMES,
  FIELD_TYPES_V2,
  type CalculatedField,
  type ChildDataset,
  type DataModelV2,
  type ModelFieldV2,
  type RexExtraction,
  type RootDataset,
} from './model-v2.js';

/**
 * Checks a parsed `models/<Model>.json` against the format of `schema-v2.md`
 * and returns it typed. Throws an Error naming the file and the JSON path of
 * the first problem, e.g. `Endpoint.json: roots[1].fields[3].type: expected one
 * of string, number, ip, boolean, got "timestamp"`.
 */
export function validateDataModel(json: unknown, file: string): DataModelV2 {
  return new Validator(file).model(json);
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Field names may contain dots (ES Risk: `annotations.mitre_attack.mitre_tactic_id`). */
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

type Json = Record<string, unknown>;

class Validator {
  constructor(private readonly file: string) {}

  private fail(path: string, message: string): never {
    throw new Error(`${this.file}: ${path === '' ? '(top level)' : path}: ${message}`);
  }

  private object(value: unknown, path: string, allowed: readonly string[], required: readonly string[]): Json {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(path, `expected an object, got ${describe(value)}`);
    const obj = value as Json;
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) this.fail(join(path, key), `unknown property (allowed: ${allowed.join(', ')})`);
    }
    for (const key of required) {
      if (!(key in obj)) this.fail(join(path, key), 'missing');
    }
    return obj;
  }

  private string(value: unknown, path: string, pattern?: RegExp): string {
    if (typeof value !== 'string' || value.trim() === '') this.fail(path, `expected a non-empty string, got ${describe(value)}`);
    if (pattern && !pattern.test(value)) this.fail(path, `${JSON.stringify(value)} is not a valid name (${pattern.source})`);
    return value;
  }

  private array(value: unknown, path: string): readonly unknown[] {
    if (!Array.isArray(value)) this.fail(path, `expected an array, got ${describe(value)}`);
    return value;
  }

  model(json: unknown): DataModelV2 {
    const obj = this.object(json, '', ['name', 'source', 'roots'], ['name', 'source', 'roots']);
    const name = this.string(obj['name'], 'name', NAME);
    const source = this.string(obj['source'], 'source');
    const rootsJson = this.array(obj['roots'], 'roots');
    if (rootsJson.length === 0) this.fail('roots', 'a model needs at least one root dataset');
    const datasetNames = new Map<string, string>();
    const roots = rootsJson.map((r, i) => this.root(r, `roots[${i}]`, datasetNames));
    return { name, source, roots };
  }

  private datasetName(value: unknown, path: string, seen: Map<string, string>): string {
    const name = this.string(value, path, NAME);
    const earlier = seen.get(name);
    if (earlier !== undefined) this.fail(path, `dataset ${JSON.stringify(name)} is already defined at ${earlier}`);
    seen.set(name, path);
    return name;
  }

  private root(value: unknown, path: string, seen: Map<string, string>): RootDataset {
    const obj = this.object(value, path, ['name', 'constraint', 'fields', 'calculated', 'rex', 'children', 'note'], ['name', 'fields', 'calculated', 'children']);
    const name = this.datasetName(obj['name'], join(path, 'name'), seen);
    const constraint = obj['constraint'] === undefined ? undefined : this.string(obj['constraint'], join(path, 'constraint'));
    const fields = this.fields(obj['fields'], join(path, 'fields'), []);
    const calculated = this.calculated(obj['calculated'], join(path, 'calculated'), fields);
    const rex = obj['rex'] === undefined ? undefined : this.rex(obj['rex'], join(path, 'rex'), fields);
    const note = obj['note'] === undefined ? undefined : this.string(obj['note'], join(path, 'note'));

    const inherited = new Map<string, readonly ModelFieldV2[]>([[name, fields]]);
    const children: ChildDataset[] = [];
    this.array(obj['children'], join(path, 'children')).forEach((c, i) => {
      children.push(this.child(c, join(path, `children[${i}]`), seen, inherited));
    });
    return {
      name,
      ...(constraint === undefined ? {} : { constraint }),
      fields,
      calculated,
      ...(rex === undefined ? {} : { rex }),
      children,
      ...(note === undefined ? {} : { note }),
    };
  }

  /** `inherited` maps each dataset of this root seen so far to all its fields (ancestors' included). */
  private child(value: unknown, path: string, seen: Map<string, string>, inherited: Map<string, readonly ModelFieldV2[]>): ChildDataset {
    const obj = this.object(value, path, ['name', 'parent', 'constraint', 'fields', 'calculated', 'rex', 'note'], ['name', 'parent', 'constraint', 'fields']);
    const name = this.datasetName(obj['name'], join(path, 'name'), seen);
    const parent = this.string(obj['parent'], join(path, 'parent'), NAME);
    const parentFields = inherited.get(parent);
    if (parentFields === undefined) {
      this.fail(join(path, 'parent'), `${JSON.stringify(parent)} is neither this root nor a child listed before this one`);
    }
    const constraint = this.string(obj['constraint'], join(path, 'constraint'));
    const own = this.fields(obj['fields'], join(path, 'fields'), parentFields);
    const visible = [...parentFields, ...own];
    const calculated = obj['calculated'] === undefined ? undefined : this.calculated(obj['calculated'], join(path, 'calculated'), visible);
    const rex = obj['rex'] === undefined ? undefined : this.rex(obj['rex'], join(path, 'rex'), visible);
    const note = obj['note'] === undefined ? undefined : this.string(obj['note'], join(path, 'note'));
    inherited.set(name, visible);
    return {
      name,
      parent,
      constraint,
      fields: own,
      ...(calculated === undefined ? {} : { calculated }),
      ...(rex === undefined ? {} : { rex }),
      ...(note === undefined ? {} : { note }),
    };
  }

  private fields(value: unknown, path: string, inherited: readonly ModelFieldV2[]): readonly ModelFieldV2[] {
    const out: ModelFieldV2[] = [];
    this.array(value, path).forEach((f, i) => {
      const at = `${path}[${i}]`;
      const obj = this.object(f, at, ['name', 'type', 'multivalue'], ['name', 'type']);
      const name = this.string(obj['name'], join(at, 'name'), FIELD_NAME);
      if (BASE_EVENT_FIELD_NAMES.includes(name)) this.fail(join(at, 'name'), `${name} is a BaseEvent field, implicit on every root`);
      if (out.some((o) => o.name === name)) this.fail(join(at, 'name'), `duplicate field ${JSON.stringify(name)}`);
      if (inherited.some((o) => o.name === name)) this.fail(join(at, 'name'), `field ${JSON.stringify(name)} is already inherited from a parent dataset`);
      const type = obj['type'];
      if (typeof type !== 'string' || !(FIELD_TYPES_V2 as readonly string[]).includes(type)) {
        this.fail(join(at, 'type'), `expected one of ${FIELD_TYPES_V2.join(', ')}, got ${describe(type)}`);
      }
      const multivalue = obj['multivalue'];
      if (multivalue !== undefined && typeof multivalue !== 'boolean') this.fail(join(at, 'multivalue'), `expected a boolean, got ${describe(multivalue)}`);
      out.push({ name, type: type as ModelFieldV2['type'], ...(multivalue === true ? { multivalue: true } : {}) });
    });
    return out;
  }

  private calculated(value: unknown, path: string, visible: readonly ModelFieldV2[]): readonly CalculatedField[] {
    return this.array(value, path).map((c, i) => {
      const at = `${path}[${i}]`;
      const obj = this.object(c, at, ['field', 'expression'], ['field', 'expression']);
      const field = this.string(obj['field'], join(at, 'field'), FIELD_NAME);
      if (!visible.some((f) => f.name === field)) this.fail(join(at, 'field'), `${JSON.stringify(field)} is not declared in fields (declare it with its type)`);
      const expression = this.string(obj['expression'], join(at, 'expression'));
      return { field, expression };
    });
  }

  private rex(value: unknown, path: string, visible: readonly ModelFieldV2[]): readonly RexExtraction[] {
    return this.array(value, path).map((r, i) => {
      const at = `${path}[${i}]`;
      const obj = this.object(r, at, ['field', 'input', 'regex'], ['field', 'input', 'regex']);
      const field = this.string(obj['field'], join(at, 'field'), FIELD_NAME);
      if (!visible.some((f) => f.name === field)) this.fail(join(at, 'field'), `${JSON.stringify(field)} is not declared in fields`);
      const input = this.string(obj['input'], join(at, 'input'), FIELD_NAME);
      const regex = this.string(obj['regex'], join(at, 'regex'));
      if (!regex.includes(`(?<${field}>`)) this.fail(join(at, 'regex'), `has no named group (?<${field}>...)`);
      return { field, input, regex };
    });
  }
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return JSON.stringify(value);
}
