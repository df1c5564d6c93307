import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findDataModel } from '../../src/datamodels/catalog.js';
import { resolveFieldReference, type DataModelV2 } from '../../src/datamodels/model-v2.js';
import { openSqlite } from '../../src/exec/sqlite.js';
import { cli } from '../support/cli.js';
import { databaseWith, rowsOf, runOn, type TestEvent } from '../support/run-spl.js';

// The UEBA model is inferred from the one ESCU detection that reads it (see UEBA.json's source).
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = join(repoRoot, '..', 'shared', 'corpus', 'security_content');
const detection = join(corpus, 'detections', 'deprecated', 'suspicious_email___uba_anomaly.yml');

const model = (): DataModelV2 => {
  const m = findDataModel('UEBA');
  if (!m) throw new Error('no UEBA model');
  return m;
};

const EVENTS: TestEvent[] = [
  { _time: 1_700_000_000, user: 'alice', uba_event_type: 'anomaly', uba_model: 'SuspiciousEmailDetectionModel', category: 'Suspicious Email', description: 'rare sender domain', severity: '7', signature: 'Suspicious Email', link: 'https://uba/a/1', url: 'http://x.example' },
  { _time: 1_700_000_100, user: 'alice', uba_event_type: 'Anomaly', uba_model: 'SuspiciousEmailDetectionModel', category: 'Phishing', description: 'rare sender domain', severity: '7', signature: 'Suspicious Email', link: 'https://uba/a/1', url: 'http://x.example' },
  { _time: 1_700_000_200, user: 'bob', uba_event_type: 'anomaly', uba_model: 'UnusualLoginTimeModel', category: 'Unusual Login', description: 'login at 3am', severity: '5', signature: 'Unusual Login', link: 'https://uba/a/2', url: 'http://y.example' },
  { _time: 1_700_000_300, user: 'carol', uba_event_type: 'threat', uba_model: 'SuspiciousEmailDetectionModel', category: 'Suspicious Email', description: 'threat', severity: '9', signature: 'Suspicious Email', link: 'https://uba/t/3', url: 'http://z.example' },
];

describe('UEBA data model', () => {
  it('has All_UEBA_Events with the child UEBA_Anomalies, which adds uba_model', () => {
    const [root] = model().roots;
    expect(model().roots).toHaveLength(1);
    expect(root?.name).toBe('All_UEBA_Events');
    expect(root?.children.map((c) => [c.name, c.parent, c.fields.map((f) => f.name)])).toEqual([['UEBA_Anomalies', 'All_UEBA_Events', ['uba_model']]]);
    expect(resolveFieldReference(model(), 'All_UEBA_Events.UEBA_Anomalies.uba_model')?.dataset.name).toBe('UEBA_Anomalies');
    expect(resolveFieldReference(model(), 'All_UEBA_Events.uba_model')).toBeUndefined();
  });

  it('keeps only anomalies (any case) of the model asked for under nodename=All_UEBA_Events.UEBA_Anomalies', async () => {
    const db = await databaseWith(EVENTS, 'UEBA');
    try {
      const rows = rowsOf(runOn(db, '| tstats count values(All_UEBA_Events.category) as category from datamodel=UEBA where nodename=All_UEBA_Events.UEBA_Anomalies All_UEBA_Events.UEBA_Anomalies.uba_model="SuspiciousEmailDetectionModel" by All_UEBA_Events.user'));
      expect(rows).toEqual([{ 'All_UEBA_Events.user': 'alice', count: '2', category: ['Phishing', 'Suspicious Email'] }]);
    } finally {
      db.close();
    }
  });

  it('gets its table from splice init', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'splice-ueba-')), 'cim.db');
    expect((await cli(['init', '--db', file])).code).toBe(0);
    const db = openSqlite(file, 'read');
    try {
      expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'UEBA.%'").all()).toEqual([{ name: 'UEBA.All_UEBA_Events' }]);
    } finally {
      db.close();
    }
  });

  it.skipIf(!existsSync(detection))('runs the ESCU detection Suspicious Email - UBA Anomaly (../shared)', async () => {
    const spl = /^search: '([\s\S]*?)'\nhow_to_implement:/m.exec(readFileSync(detection, 'utf8'))?.[1]?.replace(/\n\s*/g, ' ').replace(/''/g, "'");
    if (!spl) throw new Error('no search in the detection');
    const data = join(mkdtempSync(join(tmpdir(), 'splice-ueba-')), 'ueba.ndjson');
    writeFileSync(data, EVENTS.map((e) => JSON.stringify(e)).join('\n') + '\n');
    const r = await cli(['run', spl, '--macros', join(corpus, 'macros'), '--data', data, '--format', 'json', '--tz', 'UTC']);
    expect(r.code, r.stderr).toBe(0);
    const body = JSON.parse(r.stdout) as { results: Record<string, string | string[]>[] };
    // drop_dm_object_name strips both dataset prefixes. The constraint matches "Anomaly" too, but tstats groups
    // by uba_event_type case-sensitively, so alice's two anomalies are two rows, "A" sorting before "a".
    expect(body.results.map((x) => [x['user'], x['uba_event_type'], x['uba_model'], x['count'], x['firstTime']])).toEqual([
      ['alice', 'Anomaly', 'SuspiciousEmailDetectionModel', '1', '2023-11-14T22:15:00'],
      ['alice', 'anomaly', 'SuspiciousEmailDetectionModel', '1', '2023-11-14T22:13:20'],
    ]);
  });
});
