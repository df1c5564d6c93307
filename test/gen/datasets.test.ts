import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineage } from '../../src/datamodels/model-v2.js';
import { allRootTables } from '../../src/datamodels/schema.js';
import type { SqliteDatabase } from '../../src/exec/sqlite.js';
import { constraintValues } from '../../src/gen/constraints.js';
import { rowsOf, runOn } from '../support/run-spl.js';
import { generatedDb, table } from './helpers.js';

/** Children whose constraint tests a field the model does not define, so no event can match. */
const UNREACHABLE = new Set(['Splunk_Audit.Modular_Actions/Modular_Action_Invocations']);

describe('generated rows reach the child datasets', () => {
  let db: SqliteDatabase;
  beforeAll(() => {
    db = generatedDb(1000, 11);
  });
  afterAll(() => db.close());

  const count = (spl: string): number => Number(rowsOf(runOn(db, spl))[0]?.['count'] ?? 0);

  it('fills Allowed_Traffic with the rows whose action is allowed', () => {
    const allowed = count('| tstats count from datamodel=Network_Traffic where nodename=All_Traffic.Traffic_By_Action.Allowed_Traffic');
    const direct = (db.prepare(`SELECT COUNT(*) AS n FROM "Network_Traffic.All_Traffic" WHERE action = 'allowed'`).get() as { n: number }).n;
    expect(allowed).toBeGreaterThan(100);
    expect(allowed).toBe(direct);
    expect(count('| tstats count from datamodel=Network_Traffic where nodename=All_Traffic.Traffic_By_Action.Blocked_Traffic')).toBeGreaterThan(50);
  });

  it('fills Failed_Authentication, and groups it by user and source', () => {
    const rows = rowsOf(runOn(db, '| tstats count from datamodel=Authentication where nodename=Authentication.Failed_Authentication by Authentication.user Authentication.src'));
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.some((r) => Number(r['count']) > 1)).toBe(true);
  });

  for (const t of allRootTables()) {
    for (const child of t.root.children) {
      if (UNREACHABLE.has(`${t.name}/${child.name}`)) continue;
      const node = (lineage(t.root, child.name) ?? []).map((d) => d.name).join('.');
      const from = t.model.roots.length > 1 ? t.name : t.model.name;
      it(`has rows in ${t.model.name} ${node} (${child.constraint})`, () => {
        expect(count(`| tstats count from datamodel=${from} where nodename=${node}`)).toBeGreaterThan(0);
      });
    }
  }

  it('knows why Modular_Action_Invocations stays empty: Splunk_Audit has no tag field', () => {
    expect(table('Splunk_Audit.Modular_Actions').byField.has('tag')).toBe(false);
  });

  it('reads the values constraints name, skipping wildcards, macros and fields the table lacks', () => {
    expect(constraintValues(table('Network_Traffic.All_Traffic')).get('action')).toEqual(['allowed', 'blocked']);
    expect(constraintValues(table('Authentication.Authentication')).get('action')).toEqual(['success', 'failure']);
    expect(constraintValues(table('Vulnerabilities.Vulnerabilities')).get('severity')).toEqual(['high', 'critical', 'medium', 'low', 'informational']);
    expect(constraintValues(table('Change.All_Changes')).get('change_type')).toEqual(['restart']);
    expect(constraintValues(table('Splunk_Audit.Scheduler_Activity')).get('sourcetype')).toEqual(['scheduler']);
    expect(constraintValues(table('Risk.All_Risk')).has('index')).toBe(false);
    expect(constraintValues(table('Splunk_Audit.Datamodel_Acceleration')).size).toBe(0);
  });
});
