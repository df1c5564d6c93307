/**
 * CIM data models, one JSON file per model in `models/<Model>.json` (format:
 * `schema-v2.md`). A model has one or more root datasets; each root lists its
 * child datasets (flattened, each naming its parent). Fields are referenced in
 * tstats as `<Root>.<field>` for root fields and `<Root>.<Child>.<field>` for
 * fields a child adds.
 */

export type FieldTypeV2 = 'string' | 'number' | 'ip' | 'boolean';

export const FIELD_TYPES_V2: readonly FieldTypeV2[] = ['string', 'number', 'ip', 'boolean'];

/** BaseEvent fields, implicit on every root and never declared in a model file. */
export const BASE_EVENT_FIELD_NAMES: readonly string[] = ['_time', 'host', 'source', 'sourcetype'];

export interface ModelFieldV2 {
  readonly name: string;
  readonly type: FieldTypeV2;
  readonly multivalue?: boolean;
}

/** A CIM Eval calculation: `field` is set to `expression` (SPL eval syntax, verbatim from CIM). */
export interface CalculatedField {
  readonly field: string;
  readonly expression: string;
}

/**
 * A CIM Rex calculation: the named group `field` of `regex`, matched against `input`.
 * Applied before the dataset's `calculated` entries, as CIM runs Rex calculations first.
 */
export interface RexExtraction {
  readonly field: string;
  readonly input: string;
  readonly regex: string;
}

interface DatasetV2 {
  readonly name: string;
  /** Search-language text; informational for roots, applied by `nodename=` for children. */
  readonly constraint?: string;
  /** Fields this dataset defines (including the outputs of its calculations). */
  readonly fields: readonly ModelFieldV2[];
  readonly calculated?: readonly CalculatedField[];
  readonly rex?: readonly RexExtraction[];
  /** What the JSON cannot express (e.g. a CIM baseSearch pipeline, a lookup calculation). */
  readonly note?: string;
}

export interface ChildDataset extends DatasetV2 {
  /** The root or another child of the same root. */
  readonly parent: string;
  readonly constraint: string;
}

export interface RootDataset extends DatasetV2 {
  readonly calculated: readonly CalculatedField[];
  readonly children: readonly ChildDataset[];
}

export interface DataModelV2 {
  readonly name: string;
  /** Where the definition comes from (URL, CIM version). */
  readonly source: string;
  readonly roots: readonly RootDataset[];
}

export type AnyDataset = RootDataset | ChildDataset;

/** The datasets from the root down to `dataset` (inclusive), e.g. All_Changes → Account_Management → Accounts_Created. */
export function lineage(root: RootDataset, dataset: string): readonly AnyDataset[] | undefined {
  if (dataset === root.name) return [root];
  const byName = new Map(root.children.map((c) => [c.name, c]));
  const path: AnyDataset[] = [];
  let current: ChildDataset | undefined = byName.get(dataset);
  while (current) {
    path.unshift(current);
    if (current.parent === root.name) return [root, ...path];
    current = byName.get(current.parent);
  }
  return undefined;
}

/** Every field a dataset has: its ancestors' fields (root first), then its own. */
export function fieldsOf(root: RootDataset, dataset: string): readonly ModelFieldV2[] | undefined {
  const path = lineage(root, dataset);
  return path?.flatMap((d) => d.fields);
}

export interface ResolvedField {
  readonly root: RootDataset;
  /** The dataset named by the reference's prefix. */
  readonly dataset: AnyDataset;
  readonly field: ModelFieldV2;
}

/**
 * Resolves a prefixed tstats field reference such as `Processes.process_name`,
 * `All_Changes.Account_Management.src_user` or
 * `All_Risk.annotations.mitre_attack.mitre_tactic_id` (field names may contain dots).
 * A child prefix also reaches the fields it inherits (`All_Certificates.SSL.dest`).
 * BaseEvent fields resolve under any prefix.
 */
export function resolveFieldReference(model: DataModelV2, reference: string): ResolvedField | undefined {
  const parts = reference.split('.');
  const root = model.roots.find((r) => r.name === parts[0]);
  if (!root || parts.length < 2) return undefined;
  // Longest dataset prefix first: Root.Child.Grandchild.field, then Root.Child.field, then Root.field.
  for (let depth = parts.length - 1; depth >= 1; depth--) {
    const datasetName = parts[depth - 1] as string;
    const path = lineage(root, datasetName);
    if (!path || path.map((d) => d.name).join('.') !== parts.slice(0, depth).join('.')) continue;
    const fieldName = parts.slice(depth).join('.');
    const dataset = path[path.length - 1] as AnyDataset;
    if (BASE_EVENT_FIELD_NAMES.includes(fieldName)) {
      return { root, dataset, field: { name: fieldName, type: fieldName === '_time' ? 'number' : 'string' } };
    }
    const field = path.flatMap((d) => d.fields).find((f) => f.name === fieldName);
    if (field) return { root, dataset, field };
  }
  return undefined;
}
