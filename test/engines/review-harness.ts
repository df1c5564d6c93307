import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../../src/api/compile.js';
import { ingest, resolveDataset } from '../../src/api/ingest.js';
import { createRuntimeContext } from '../../src/api/runtime-context.js';
import { runSearchOn } from '../../src/api/search-data.js';
import { copyTable } from '../../src/engines/copy.js';
import { openDuckDb } from '../../src/engines/duckdb/duckdb-engine.js';
import type { Engine } from '../../src/engines/engine.js';
import { openEngine } from '../../src/engines/open.js';
import { parseEngineUrl } from '../../src/engines/url.js';
import { openSqlite, type SqliteDatabase } from '../../src/exec/sqlite.js';
import { NO_LOOKUPS } from '../../src/lookups/store.js';
import { formatJson } from '../../src/output/format.js';
import { sqliteDialect } from '../../src/sql/dialects/sqlite.js';

/**
 * Review harness: the same events in splice's SQLite (the reference) and in an
 * engine (a scratch namespace, filled by copyTable as `splice ingest --engine`
 * does), and one search run on both through the public API.
 */

export const PG_URL = process.env.SPLICE_PG_URL;
export const CH_URL = process.env.SPLICE_CH_URL;

export type EngineName = 'duckdb' | 'postgres' | 'clickhouse';

export type Event = Readonly<Record<string, string | number | readonly string[]>>;

export interface Loaded {
  readonly lite: SqliteDatabase;
  readonly engine: Engine;
  close(): Promise<void>;
}

/** A scratch engine of this kind; the caller closes it (which drops its namespace). */
export async function scratchEngine(name: EngineName): Promise<Engine> {
  if (name === 'duckdb') return openDuckDb(':memory:');
  const url = name === 'postgres' ? PG_URL : CH_URL;
  if (url === undefined) throw new Error(`no URL for ${name}`);
  const target = parseEngineUrl(url);
  if (target.kind === 'sqlite') throw new Error('not a server URL');
  const server = await openEngine(target);
  try {
    return await server.scratch();
  } finally {
    await server.close();
  }
}

/** Loads `events` (NDJSON, through splice's ingest) into SQLite, and copies the table into a scratch engine. */
export async function load(name: EngineName, dataset: string, events: readonly Event[]): Promise<Loaded> {
  const dir = mkdtempSync(join(tmpdir(), 'splice-review-'));
  const file = join(dir, 'events.json');
  writeFileSync(file, events.map((e) => JSON.stringify(e)).join('\n') + '\n');
  const lite = openSqlite(':memory:', 'write');
  let engine: Engine | undefined;
  try {
    await ingest(lite, sqliteDialect, dataset, [{ path: file }]);
    engine = await scratchEngine(name);
    await copyTable(lite, resolveDataset(dataset), engine);
  } catch (e) {
    lite.close();
    await engine?.close();
    throw e;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const e = engine;
  return {
    lite,
    engine: e,
    async close() {
      lite.close();
      await e.close();
    },
  };
}

const ctx = createRuntimeContext({ tz: 'UTC', lookups: NO_LOOKUPS, env: {} });

/** The search's results as Splunk's JSON, on SQLite and on the engine. */
export async function both(loaded: Loaded, spl: string): Promise<{ sqlite: string; engine: string }> {
  const { plan } = compile(spl);
  const sqlite = formatJson(await runSearchOn(plan, { kind: 'sqlite', db: loaded.lite }, ctx));
  const engine = formatJson(await runSearchOn(plan, { kind: 'engine', engine: loaded.engine }, ctx));
  return { sqlite, engine };
}

/** Each engine the environment offers, for `describe.each`-style loops. */
export function enginesAvailable(): EngineName[] {
  return ['duckdb', ...(PG_URL === undefined ? [] : ['postgres' as const]), ...(CH_URL === undefined ? [] : ['clickhouse' as const])];
}

/** The search's results on SQLite alone, as `results` of Splunk's JSON. */
export async function onSqlite(loaded: Loaded, spl: string): Promise<unknown> {
  const { plan } = compile(spl);
  return (JSON.parse(formatJson(await runSearchOn(plan, { kind: 'sqlite', db: loaded.lite }, ctx))) as { results: unknown }).results;
}
