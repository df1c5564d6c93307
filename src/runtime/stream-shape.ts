import type { FieldsCommand, FillnullCommand, TableCommand } from '../ast/nodes.js';
import type { RenameStage } from '../plan/plan.js';
import type { Table } from '../values/value.js';
import { globMatcher } from './field-glob.js';
import { alwaysPresent, candidateNames, presenceOf, type Candidate } from './stream-fields.js';

/**
 * The field lists of the commands that reshape it (rename, fields, table,
 * fillnull), on candidates (stream-fields.ts). Each follows the command's own
 * rule in commands/<name>.ts; undefined where what the command does to a row
 * depends on a field that earlier stages may or may not add.
 */

/**
 * rename, pair by pair: a renamed field keeps its place, a field renamed onto
 * is dropped. A wildcard pair renames the fields of the list that match it, so
 * every field it matches must be in the list whatever the rows hold.
 */
export function renameCandidates(upstream: readonly Candidate[], stage: RenameStage): Candidate[] | undefined {
  let current = [...upstream];
  for (const pair of stage.pairs) {
    const mapping = pairMapping(candidateNames(current), pair.from, pair.to);
    if (pair.from.includes('*') && [...mapping.keys()].some((name) => !alwaysPresent(current, name))) return undefined;
    const targets = new Set(mapping.values());
    current = current.flatMap((c) => {
      const renamed = mapping.get(c.name);
      if (renamed !== undefined) return [{ name: renamed, presence: c.presence }];
      return targets.has(c.name) ? [] : [c];
    });
  }
  return current;
}

/** Mirrors commands/rename.ts: `*` captures any characters and is copied to the same place in the new name. */
function pairMapping(names: readonly string[], from: string, to: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!from.includes('*')) {
    if (from !== to) out.set(from, to);
    return out;
  }
  const re = new RegExp(`^${from.split('*').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('([\\s\\S]*)')}$`);
  const parts = to.split('*');
  for (const name of names) {
    const m = re.exec(name);
    if (!m) continue;
    const renamed = parts.reduce((acc, part, i) => acc + (i === 0 ? '' : (m[i] ?? '')) + part, '');
    if (renamed !== name) out.set(name, renamed);
  }
  return out;
}

/**
 * fields: which names survive is the command's own answer on every candidate
 * name (a name is kept or removed for what it is, not for what else is
 * listed). `fields -` keeps the survivors in place; `fields +` orders them as
 * listed, a wildcard by the list before it, then what the command keeps
 * unlisted (`_raw`, `_time`).
 */
export function fieldsCandidates(upstream: readonly Candidate[], cmd: FieldsCommand, apply: (t: Table) => Table): Candidate[] {
  const kept = new Set(apply({ fields: candidateNames(upstream), rows: [] }).fields);
  if (cmd.mode === '-') return upstream.filter((c) => kept.has(c.name));
  const out: Candidate[] = [];
  for (const pattern of cmd.fields) {
    if (!pattern.text.includes('*')) {
      if (kept.has(pattern.text)) out.push({ name: pattern.text, presence: presenceOf(upstream, pattern.text) });
      continue;
    }
    const match = globMatcher(pattern.text);
    out.push(...upstream.filter((c) => match(c.name) && kept.has(c.name)));
  }
  const listed = new Set(out.map((c) => c.name));
  for (const name of kept) if (!listed.has(name)) out.push({ name, presence: presenceOf(upstream, name) });
  return out;
}

/** table: a plain name always gets its column; a wildcard brings the matching fields in list order. */
export function tableCandidates(upstream: readonly Candidate[], cmd: TableCommand): Candidate[] {
  return cmd.fields.flatMap((pattern): Candidate[] => {
    if (!pattern.text.includes('*')) return [{ name: pattern.text, presence: 'always' }];
    const match = globMatcher(pattern.text);
    return upstream.filter((c) => match(c.name));
  });
}

/** fillnull: its listed fields are always there; without a list it fills every field, so the list must be known. */
export function fillnullCandidates(upstream: readonly Candidate[], cmd: FillnullCommand): Candidate[] | undefined {
  if (cmd.fields.length > 0) return [...upstream, ...cmd.fields.map((w): Candidate => ({ name: w.text, presence: 'always' }))];
  return candidateNames(upstream).every((name) => alwaysPresent(upstream, name)) ? [...upstream] : undefined;
}
