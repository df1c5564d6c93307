import type { SearchExpr } from '../ast/nodes.js';
import type { RootTable } from '../datamodels/schema.js';
import { parseSearchExpression } from '../parser/search-expression.js';

/**
 * The literal values a table's dataset constraints compare fields with
 * (`action=allowed`, `tag=privileged`, `severity="high" OR severity="critical"`),
 * in the order written. Generated rows draw from them so that every child
 * dataset (`nodename=All_Traffic.Traffic_By_Action.Allowed_Traffic`) has rows.
 * Values under NOT are kept too: `NOT change_type=restart` needs both restarts
 * and other changes, and the other values come from the field's usual domain.
 * Wildcards (`action=*`) say nothing about a value and are skipped, as are
 * fields that are not columns of the table (`index=risk`).
 */
export function constraintValues(table: RootTable): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>();
  for (const dataset of [table.root, ...table.root.children]) {
    const expr = dataset.constraint === undefined ? undefined : parseConstraint(dataset.constraint);
    if (expr) collect(expr, table, out);
  }
  return out;
}

/**
 * Root constraints start with a CIM index macro (`(\`cim_Web_indexes\`) tag=web`)
 * that splice does not define; the macro only picks indexes, so it is dropped.
 * A constraint that is a pipeline (`| \`cim_datamodelinfo\``) has no field terms.
 */
function parseConstraint(text: string): SearchExpr | undefined {
  const stripped = text.replace(/\(\s*`[^`]*`\s*\)/g, ' ').replace(/`[^`]*`/g, ' ').trim();
  if (stripped === '' || stripped.startsWith('|')) return undefined;
  try {
    return parseSearchExpression(stripped);
  } catch {
    // A constraint splice cannot parse only costs generated rows some variety.
    return undefined;
  }
}

function collect(expr: SearchExpr, table: RootTable, out: Map<string, string[]>): void {
  const add = (field: string, value: string): void => {
    if (value.includes('*') || !table.byField.has(field)) return;
    const values = out.get(field) ?? [];
    if (!values.includes(value)) values.push(value);
    out.set(field, values);
  };
  switch (expr.kind) {
    case 'and':
    case 'or':
      for (const item of expr.items) collect(item, table, out);
      return;
    case 'not':
      collect(expr.expr, table, out);
      return;
    case 'compare':
      if (expr.op === '=') add(expr.field.text, expr.value.text);
      return;
    case 'in':
      for (const value of expr.values) add(expr.field.text, value.text);
      return;
    case 'term':
    case 'subsearch-term':
      return;
  }
}
