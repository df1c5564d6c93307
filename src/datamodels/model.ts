/**
 * CIM data models as data: datasets with their constraints, fields with types,
 * and CIM's calculated defaults. The JSON files beside this module are the source.
 */
export type FieldType = 'string' | 'number' | 'ip' | 'time';

export interface ModelField {
  readonly name: string;
  readonly type: FieldType;
  readonly multivalue?: boolean;
}

export interface Dataset {
  readonly name: string;
  readonly parent?: string;
  /** A search-language constraint, e.g. `action=allowed`; absent for the root. */
  readonly constraint?: string;
}

export type CalculatedRule =
  | { readonly field: string; readonly rule: 'unknown_if_empty' }
  | { readonly field: string; readonly rule: 'unknown_if_empty_lower' }
  | { readonly field: string; readonly rule: 'numeric_or_zero' }
  | { readonly field: string; readonly rule: 'vendor_product' }
  | { readonly field: string; readonly rule: 'sum_or_difference'; readonly total: string; readonly parts: readonly [string, string] };

export interface DataModel {
  readonly name: string;
  readonly source: string;
  readonly root: string;
  readonly datasets: readonly Dataset[];
  readonly fields: readonly ModelField[];
  readonly calculated: readonly CalculatedRule[];
}

/** Fields every CIM model inherits from BaseEvent; referenced without a dataset prefix. */
export const BASE_EVENT_FIELDS: readonly ModelField[] = [
  { name: '_time', type: 'time' },
  { name: 'host', type: 'string' },
  { name: 'source', type: 'string' },
  { name: 'sourcetype', type: 'string' },
];

/** Every column of the model's table, base fields first. */
export function allFields(model: DataModel): readonly ModelField[] {
  return [...BASE_EVENT_FIELDS, ...model.fields];
}

/** The dataset path from the root to `name`, e.g. All_Traffic → Traffic_By_Action → Allowed_Traffic. */
export function datasetPath(model: DataModel, name: string): readonly Dataset[] | undefined {
  const byName = new Map(model.datasets.map((d) => [d.name, d]));
  const path: Dataset[] = [];
  let current = byName.get(name);
  while (current) {
    path.unshift(current);
    current = current.parent === undefined ? undefined : byName.get(current.parent);
  }
  return path.length > 0 && path[0]?.name === model.root ? path : undefined;
}
