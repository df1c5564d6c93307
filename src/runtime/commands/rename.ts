import type { RenameStage } from '../../plan/plan.js';
import type { FieldValue, Row, Table } from '../../values/value.js';

/**
 * rename with wildcards: `*` matches any characters (dots included) and is
 * copied to the same position in the new name. A renamed field keeps its column
 * position; if the new name already exists, it is overwritten — with nothing
 * where the source is missing (rename docs: "null, or non-present, fields are brought along").
 */
export function applyRename(table: Table, stage: RenameStage): Table {
  let fields = [...table.fields];
  let rows = table.rows;
  for (const pair of stage.pairs) {
    const mapping = renameMapping(fields, pair.from, pair.to);
    if (mapping.size === 0) continue;
    fields = renameFields(fields, mapping);
    const targets = new Set(mapping.values());
    rows = rows.map((row) => renameRow(row, mapping, targets));
  }
  return { fields, rows };
}

function renameMapping(fields: readonly string[], from: string, to: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!from.includes('*')) {
    // Even when no row has `from`: renaming a missing field onto an existing one
    // removes that field's data (rename docs, "If fieldB does exist, … removed").
    if (from !== to) out.set(from, to);
    return out;
  }
  const re = new RegExp(`^${from.split('*').map(escapeRegex).join('([\\s\\S]*)')}$`);
  const targetParts = to.split('*');
  for (const field of fields) {
    const m = re.exec(field);
    if (!m) continue;
    const renamed = targetParts.reduce((acc, part, i) => acc + (i === 0 ? '' : (m[i] ?? '')) + part, '');
    if (renamed !== field) out.set(field, renamed);
  }
  return out;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function renameFields(fields: readonly string[], mapping: ReadonlyMap<string, string>): string[] {
  const targets = new Set(mapping.values());
  const out: string[] = [];
  for (const field of fields) {
    const renamed = mapping.get(field);
    if (renamed !== undefined) out.push(renamed);
    else if (!targets.has(field)) out.push(field);
  }
  return [...new Set(out)];
}

function renameRow(row: Row, mapping: ReadonlyMap<string, string>, targets: ReadonlySet<string>): Row {
  const out: Row = new Map<string, FieldValue>();
  for (const [field, value] of row) {
    if (mapping.has(field) || targets.has(field)) continue;
    out.set(field, value);
  }
  for (const [from, to] of mapping) {
    const value = row.get(from);
    if (value !== undefined) out.set(to, value);
  }
  return out;
}
