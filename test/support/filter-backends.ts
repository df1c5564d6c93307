import type { SqliteDatabase } from '../../src/exec/sqlite.js';
import { column, databaseWith, runOn, type TestEvent } from './run-spl.js';

/**
 * The two places splice evaluates search-language expressions (spl-semantics.md §3):
 * tstats `where` (printed as SQL) and `| search` (evaluated row by row at runtime).
 * Tests write expressions with bare CIM names (`app=smb`) and events keyed by a flow
 * id, and get back the ids of the flows each back end keeps, so that every rule can
 * be checked on both.
 */

/** Fields the runtime side rebuilds per flow; a field an event lacks stays missing. */
const FIELDS = ['app', 'action', 'dest_port', 'src_ip', 'dest_ip', 'src', 'duration'] as const;

const FIELD_BEFORE_OPERATOR = new RegExp(`(?<![\\w.])(${FIELDS.join('|')})(?=\\s*(?:!=|<=|>=|=|<|>)|\\s+IN\\b)`, 'g');

/** `app=smb` → `All_Traffic.app=smb`: tstats needs the root-dataset prefix (§2.5). */
export function qualify(expr: string): string {
  return expr.replace(FIELD_BEFORE_OPERATOR, 'All_Traffic.$1');
}

export interface Backend {
  readonly name: string;
  /** The whole search that keeps the flows matching `expr`, one row per flow. */
  readonly spl: (expr: string) => string;
}

export const TSTATS_WHERE: Backend = {
  name: 'tstats where',
  spl: (expr) => `| tstats count from datamodel=Network_Traffic where ${qualify(expr)} by All_Traffic.flow_id`,
};

/** values() of a one-event group is that event's value, and absent when it has none (§2.3). */
export const RUNTIME_SEARCH: Backend = {
  name: '| search',
  spl: (expr) =>
    `| tstats ${FIELDS.map((f) => `values(All_Traffic.${f}) as ${f}`).join(' ')} from datamodel=Network_Traffic by All_Traffic.flow_id` +
    ` | rename All_Traffic.* as * | search ${expr}`,
};

export const BACKENDS: readonly Backend[] = [TSTATS_WHERE, RUNTIME_SEARCH];

/** Loads flows keyed by id (the key becomes flow_id). */
export function flowDatabase(flows: Readonly<Record<string, TestEvent>>): Promise<SqliteDatabase> {
  return databaseWith(Object.entries(flows).map(([id, event]) => ({ flow_id: id, ...event })));
}

/** The ids of the flows a back end keeps, sorted. */
export function keptOn(db: SqliteDatabase, backend: Backend, expr: string): string[] {
  const table = runOn(db, backend.spl(expr));
  const name = table.fields.includes('flow_id') ? 'flow_id' : 'All_Traffic.flow_id';
  return column(table, name).map(String).sort();
}

/** Same, loading the flows first. */
export async function kept(backend: Backend, expr: string, flows: Readonly<Record<string, TestEvent>>): Promise<string[]> {
  const db = await flowDatabase(flows);
  try {
    return keptOn(db, backend, expr);
  } finally {
    db.close();
  }
}
