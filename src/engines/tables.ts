import { findDataModel } from '../datamodels/catalog.js';
import { rootTable, type RootTable } from '../datamodels/schema.js';

/** The data-model table named `Model.Root`, as the planner names tables, or undefined. */
export function tableNamed(name: string): RootTable | undefined {
  const dot = name.indexOf('.');
  if (dot < 0) return undefined;
  const model = findDataModel(name.slice(0, dot));
  const root = model?.roots.find((r) => r.name === name.slice(dot + 1));
  return model === undefined || root === undefined ? undefined : rootTable(model, root);
}
