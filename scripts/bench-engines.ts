/**
 * `npm run bench:engines`: the reference detection on SQLite, DuckDB,
 * PostgreSQL and ClickHouse over the same rows. Not a test: it prints one
 * table and writes bench/engines.json with the machine it ran on.
 * `npm run bench:engines -- --help` lists the flags; BENCHMARKS.md says how each number is taken.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseEngineUrl, redact } from '../src/engines/url.js';
import { ensureDataFiles } from './bench/data-files.js';
import { measureEngineDetections, type EngineUnderTest } from './bench/engine-detect.js';
import { dropBenchTable, engineVersion, loadEngine } from './bench/engine-load.js';
import { ENGINE_HELP, parseEngineBenchOptions, type EngineBenchOptions } from './bench/engine-options.js';
import { renderEngineReport, type EngineBenchResults, type EngineResult } from './bench/engine-report.js';
import { benchLog } from './bench/log.js';
import { describeMachine } from './bench/machine.js';
import { ensureDatabase, removeSizeFiles } from './bench/measure.js';
import { DETECTION_FILE } from './bench/protocol.js';

const log = benchLog('bench:engines');

type Kind = EngineResult['kind'];

/** The engines in the table's order, each with its URL or why it is skipped. */
function enginesOf(options: EngineBenchOptions, db: string): { kind: Kind; url?: string; skipped?: string }[] {
  const server = (kind: Kind, url: string | undefined, flag: string, env: string): { kind: Kind; url?: string; skipped?: string } => (url === undefined ? { kind, skipped: `no URL (${flag} or ${env})` } : { kind, url });
  return [
    { kind: 'sqlite', url: `sqlite:${db}` },
    // An absolute path: the children resolve it, and so would a reader of engines.json.
    { kind: 'duckdb', url: `duckdb:${resolve(options.dataDir, `flows-${options.rows}.duckdb`)}` },
    server('postgres', options.pg, '--pg', 'SPLICE_PG_URL'),
    server('clickhouse', options.ch, '--ch', 'SPLICE_CH_URL'),
  ];
}

function nameOf(kind: Kind, url: string | undefined, fullVersion: string): string {
  // PostgreSQL's version goes on with the distribution's build; the number is enough for the table.
  const version = fullVersion === '' ? '' : ` ${fullVersion.split(' ')[0] ?? ''}`;
  switch (kind) {
    case 'sqlite':
      return `SQLite${version} (file)`;
    case 'duckdb':
      return `DuckDB${version} (file)`;
    case 'postgres':
      return `PostgreSQL${version}`;
    case 'clickhouse': {
      const target = url === undefined ? undefined : parseEngineUrl(url);
      const shards = target?.kind === 'clickhouse' && target.cluster !== undefined ? `, ${target.hosts.length} shards` : '';
      return `ClickHouse${version}${shards}`;
    }
  }
}

async function main(): Promise<void> {
  const options = parseEngineBenchOptions(process.argv.slice(2), process.env);
  if (options === 'help') {
    process.stdout.write(ENGINE_HELP);
    return;
  }
  const machine = describeMachine();
  const spl = readFileSync(DETECTION_FILE, 'utf8');
  const { rows, dataDir: dir } = options;
  const steps: Record<string, number> = {};
  const step = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await work();
    steps[name] = (performance.now() - start) / 1000;
    log(`${name}: ${steps[name].toFixed(0)} s`);
    return result;
  };
  log(`${rows} rows: data files (generation is not timed)`);
  const { files, generated } = await step('data files', () => ensureDataFiles(dir, rows, options.seed));
  if (!generated) log(`${rows} rows: reusing kept data files`);
  const db = await step('SQLite ingest', () => ensureDatabase(files, dir, rows, options.seed, log));
  const engines = enginesOf(options, db);
  const servers = engines.flatMap((e) => (e.kind === 'sqlite' || e.url === undefined ? [] : [e.url]));
  const results: EngineResult[] = [];
  let loadAtDetection = 0;
  try {
    const loads = new Map<Kind, EngineResult>();
    for (const e of engines) {
      if (e.url === undefined) {
        log(`${e.kind}: skipped, ${e.skipped}`);
        loads.set(e.kind, { kind: e.kind, name: nameOf(e.kind, undefined, ''), skipped: e.skipped ?? '' });
        continue;
      }
      const url = e.url;
      const version = e.kind === 'sqlite' ? machine.sqlite : await engineVersion(url);
      log(`${e.kind} ${version}${e.kind === 'sqlite' ? '' : `: loading ${rows} rows`}`);
      const load = e.kind === 'sqlite' ? undefined : await step(`load ${e.kind}`, () => loadEngine(url, db, rows, log));
      loads.set(e.kind, { kind: e.kind, name: nameOf(e.kind, url, version), url: redact(url), ...(load ? { load } : {}) });
    }
    const measured = engines.flatMap((e): EngineUnderTest[] => (e.url === undefined ? [] : [{ kind: e.kind, url: e.url }]));
    loadAtDetection = loadavg()[0] ?? 0;
    const detections = await step('detection', () => measureEngineDetections(measured, spl, dir, rows, options.runs, log));
    for (const e of engines) {
      const base = loads.get(e.kind);
      const d = detections.get(e.kind);
      if (base !== undefined) results.push(d === undefined ? base : { ...base, rowsOut: d.rowsOut, detection: d.side });
    }
  } finally {
    if (!options.keepData) {
      log('removing the data and the engines\' tables (--keep-data keeps them)');
      // A server that is gone must not hide the error that ended the run.
      for (const url of servers) await dropBenchTable(url).catch((e: unknown) => log(`could not drop the table at ${redact(url)}: ${e instanceof Error ? e.message : String(e)}`));
      removeSizeFiles(dir, rows);
    }
  }
  const report: EngineBenchResults = { machine, options: { rows, seed: options.seed, runs: options.runs }, steps, loadAtDetection, engines: results };
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`\n${renderEngineReport(report)}\nwritten to ${options.out}\n`);
}

try {
  await main();
} catch (e) {
  process.stderr.write(`bench:engines failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
