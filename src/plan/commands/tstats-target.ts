import type { SearchExpr, TstatsCommand, Word } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import type { Span } from '../../diagnostics/span.js';
import { dataModelNames, findDataModel } from '../../datamodels/catalog.js';
import { lineage, type AnyDataset, type DataModelV2, type RootDataset } from '../../datamodels/model-v2.js';
import { rootTable, type RootTable } from '../../datamodels/schema.js';
import { closestNames } from '../../macros/suggest.js';

/** The table a tstats reads, and the child datasets whose constraints apply. */
export interface TstatsTarget {
  readonly table: RootTable;
  /** Datasets below the root selected by `datamodel=DM.Child` or `nodename=`, root first. */
  readonly datasets: readonly AnyDataset[];
}

/**
 * `from datamodel=DM[.Dataset]` plus `where nodename=…`. Splunk wants the root
 * dataset named; ESCU also writes `datamodel=Network_Traffic` for single-root
 * models, and for several roots splice takes the root the field names use.
 */
export function resolveTarget(cmd: TstatsCommand, nodes: readonly Word[]): TstatsTarget {
  const from = cmd.from;
  if (!from) throw errorAt('unsupported', 'unsupported: tstats without "from datamodel=…" (index-based tstats)', cmd.span);
  const model = findDataModel(from.datamodel.text);
  if (!model) {
    const hints = closestNames(from.datamodel.text, dataModelNames()).map((n) => `did you mean ${n}?`);
    throw errorAt('unknown-datamodel', `unknown data model "${from.datamodel.text}"`, from.datamodel.span, [...hints, `known data models: ${dataModelNames().join(', ')}`]);
  }
  const selected = from.dataset ? findDataset(model, from.dataset.text, from.dataset.span) : undefined;
  const root = selected?.root ?? rootFromFields(model, cmd);
  const table = rootTable(model, root);
  const datasets = [...(selected ? [selected.dataset] : []), ...nodes.map((n) => findDataset(model, n.text, n.span, root).dataset)];
  return { table, datasets };
}

function findDataset(model: DataModelV2, path: string, span: Span, within?: RootDataset): { root: RootDataset; dataset: AnyDataset } {
  const names = path.split('.');
  const last = names[names.length - 1] ?? '';
  for (const root of within ? [within] : model.roots) {
    const chain = lineage(root, last);
    if (chain && (names.length === 1 || chain.map((d) => d.name).join('.') === path)) return { root, dataset: chain[chain.length - 1] as AnyDataset };
  }
  const all = model.roots.flatMap((r) => [r.name, ...r.children.map((c) => c.name)]);
  throw errorAt('unknown-datamodel', `data model ${model.name} has no dataset "${path}"`, span, [`datasets: ${all.join(', ')}`]);
}

/** The root whose name prefixes the fields the search uses (`Processes.process_name` → Processes). */
function rootFromFields(model: DataModelV2, cmd: TstatsCommand): RootDataset {
  const [only] = model.roots;
  if (model.roots.length === 1 && only) return only;
  const words = [...cmd.by, ...cmd.functions.flatMap((f) => f.args.flatMap((a) => (a.kind === 'field' ? [a.field] : []))), ...whereFields(cmd.where)];
  for (const word of words) {
    const root = model.roots.find((r) => word.text.startsWith(`${r.name}.`));
    if (root) return root;
  }
  throw errorAt('invalid-argument', `data model ${model.name} has several root datasets (${model.roots.map((r) => r.name).join(', ')}): name one`, cmd.from?.datamodel.span ?? cmd.span, [
    `for example datamodel=${model.name}.${model.roots[0]?.name ?? ''}`,
  ]);
}

function whereFields(expr: SearchExpr | undefined): Word[] {
  if (!expr) return [];
  switch (expr.kind) {
    case 'and':
    case 'or':
      return expr.items.flatMap(whereFields);
    case 'not':
      return whereFields(expr.expr);
    case 'compare':
    case 'in':
      return [expr.field];
    case 'term':
    case 'subsearch-term':
      return [];
  }
}
