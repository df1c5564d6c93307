import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDataModel } from '../../src/datamodels/catalog.js';
import { resolveFieldReference, type DataModelV2 } from '../../src/datamodels/model-v2.js';
import { openSqlite } from '../../src/exec/sqlite.js';
import { cli } from '../support/cli.js';
import { databaseWith, rowsOf, runOn, type TestEvent } from '../support/run-spl.js';

// ES's "Assets And Identities" model (SA-IdentityManagement Identity_Management.json).
const model = (): DataModelV2 => {
  const m = findDataModel('Identity_Management');
  if (!m) throw new Error('no Identity_Management model');
  return m;
};
const DAY = 86400;

/** Counts per `by` value of a tstats over one dataset of a root loaded with `events`. */
async function countsBy(root: string, events: readonly TestEvent[], node: string, by: string): Promise<Record<string, string>> {
  const db = await databaseWith(events, `Identity_Management.${root}`);
  try {
    const rows = rowsOf(runOn(db, `| tstats count from datamodel=Identity_Management.${root} where nodename=${node} by ${by}`));
    return Object.fromEntries(rows.map((r) => [String(r[by]), String(r['count'])]));
  } finally {
    db.close();
  }
}

describe('Identity_Management data model', () => {
  it('has the three roots of ES, each child under its root with its constraint', () => {
    const shape = model().roots.map((r) => [r.name, r.children.map((c) => `${c.parent}>${c.name}: ${c.constraint}`)]);
    expect(shape).toEqual([
      ['All_Assets', [
        'All_Assets>High_Critical_Assets: (priority=high OR priority=critical)',
        'All_Assets>Expected_Assets: is_expected=true',
        'All_Assets>Should_Timesync_Assets: should_timesync=true',
        'All_Assets>Should_Update_Assets: should_update=true',
        'All_Assets>Requires_AV_Assets: requires_av=true',
      ]],
      ['All_Identities', [
        'All_Identities>High_Critical_Identities: (priority=high OR priority=critical)',
        'All_Identities>New_Identities: employedDays<90',
        'All_Identities>Identities_Expiring_Soon: expiredDays>=-30 expiredDays<0',
        'All_Identities>Expired_Identities: expiredDays>=0',
        'All_Identities>Watchlisted_Identities: watchlist=true',
      ]],
      ['Expired_Identity_Activity', []],
    ]);
  });

  it('has the fields the ESCU detection reads, dates as epoch numbers and identity multivalue', () => {
    const field = (ref: string) => resolveFieldReference(model(), ref)?.field;
    expect(field('All_Identities.identity')).toEqual({ name: 'identity', type: 'string', multivalue: true });
    expect(field('All_Identities.startDate')?.type).toBe('number');
    expect(field('All_Identities.endDate')?.type).toBe('number');
    expect(field('All_Identities.New_Identities.email')?.name).toBe('email');
    expect(field('All_Assets.category')?.multivalue).toBe(true);
    expect(field('Expired_Identity_Activity.user_endDate')?.type).toBe('number');
  });

  it('selects assets by priority, whatever its case, and by the is_expected flag', async () => {
    const assets: TestEvent[] = [
      { nt_host: 'dc01', priority: 'critical', is_expected: 'true' },
      { nt_host: 'web01', priority: 'HIGH', is_expected: 'false' },
      { nt_host: 'ws01', priority: 'medium', is_expected: 'true' },
      { nt_host: 'ws02', priority: 'low' },
    ];
    expect(await countsBy('All_Assets', assets, 'All_Assets.High_Critical_Assets', 'All_Assets.nt_host')).toEqual({ dc01: '1', web01: '1' });
    expect(await countsBy('All_Assets', assets, 'All_Assets.Expected_Assets', 'All_Assets.nt_host')).toEqual({ dc01: '1', ws01: '1' });
  });

  it('computes employedDays and expiredDays from the dates at load, and the identity children follow them', async () => {
    const now = Math.floor(Date.now() / 1000);
    const identities: TestEvent[] = [
      { identity: 'alice', startDate: now - 10 * DAY, endDate: now + 400 * DAY },
      { identity: 'bob', startDate: now - 1000 * DAY, endDate: now + 10 * DAY },
      { identity: 'carol', startDate: now - 500 * DAY, endDate: now - 5 * DAY },
      { identity: 'dave', startDate: now - 200 * DAY, endDate: now + 31 * DAY },
      { identity: 'eve', priority: 'Critical', watchlist: 'true' },
    ];
    const by = 'All_Identities.identity';
    expect(await countsBy('All_Identities', identities, 'All_Identities.New_Identities', by)).toEqual({ alice: '1' });
    expect(await countsBy('All_Identities', identities, 'All_Identities.Identities_Expiring_Soon', by)).toEqual({ bob: '1' });
    expect(await countsBy('All_Identities', identities, 'All_Identities.Expired_Identities', by)).toEqual({ carol: '1' });
    expect(await countsBy('All_Identities', identities, 'All_Identities.Watchlisted_Identities', by)).toEqual({ eve: '1' });
    expect(await countsBy('All_Identities', identities, 'All_Identities.High_Critical_Identities', by)).toEqual({ eve: '1' });
  });

  it('sets expired_user to the user, else the src_user, whose end date is at or before the event', async () => {
    const events: TestEvent[] = [
      { _time: 1_700_000_000, user: 'alice', user_endDate: 1_690_000_000, src_user: 'bob', src_user_endDate: 1_600_000_000 },
      { _time: 1_700_000_000, user: 'carol', user_endDate: 1_800_000_000, src_user: 'dave', src_user_endDate: 1_700_000_000 },
      { _time: 1_700_000_000, user: 'eve', user_endDate: 1_800_000_000 },
    ];
    const by = 'Expired_Identity_Activity.user';
    const db = await databaseWith(events, 'Identity_Management.Expired_Identity_Activity');
    try {
      const rows = rowsOf(runOn(db, `| tstats values(Expired_Identity_Activity.expired_user) as expired from datamodel=Identity_Management.Expired_Identity_Activity by ${by}`));
      // eve's end date is ahead, so expired_user is null and values() has nothing to list.
      expect(rows.map((r) => [r[by], r['expired']])).toEqual([['alice', 'alice'], ['carol', 'dave'], ['eve', undefined]]);
    } finally {
      db.close();
    }
  });

  it('translates a tstats over each root to a query of its table', async () => {
    for (const root of ['All_Assets', 'All_Identities', 'Expired_Identity_Activity']) {
      const r = await cli(['translate', `| tstats count from datamodel=Identity_Management.${root} by ${root}.priority`]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(`FROM "Identity_Management.${root}"`);
    }
  });

  it('gets a table per root from splice init', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'splice-im-')), 'cim.db');
    expect((await cli(['init', '--db', file])).code).toBe(0);
    const db = openSqlite(file, 'read');
    try {
      const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'Identity_Management.%' ORDER BY name").all().map((r) => (r as { name: string }).name);
      expect(names).toEqual(['Identity_Management.All_Assets', 'Identity_Management.All_Identities', 'Identity_Management.Expired_Identity_Activity']);
    } finally {
      db.close();
    }
  });
});

describe('calculations see _time as epoch seconds', () => {
  it('an ISO 8601 _time is converted before expired_user compares it with an end date', async () => {
    const events = [
      { _time: '1999-01-01T00:00:00Z', user: 'early', user_endDate: '1690000000' },
      { _time: '2024-01-01T00:00:00Z', user: 'late', user_endDate: '1690000000' },
    ];
    const db = await databaseWith(events, 'Identity_Management.Expired_Identity_Activity');
    try {
      const rows = rowsOf(runOn(db, '| tstats values(Expired_Identity_Activity.expired_user) as expired from datamodel=Identity_Management.Expired_Identity_Activity'));
      expect(rows.map((r) => r['expired'])).toEqual(['late']);
    } finally {
      db.close();
    }
  });
});
