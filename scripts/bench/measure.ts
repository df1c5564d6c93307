/** Parent side of the measurements: runs the child tasks for one size and condenses their answers. */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DataFiles } from './data-files.js';
import { dataFilesFor, matchesManifest, writeManifest } from './data-files.js';
import type { ChildAnswer } from './protocol.js';
import { compareResultRows } from './result-rows.js';
import { runChild } from './spawn.js';

export interface Timing {
  readonly seconds: number;
  readonly rowsPerSecond: number;
  readonly peakRssMb: number;
}

export interface IngestResult {
  readonly csv: Timing;
  readonly ndjson: Timing;
  readonly bare: Timing;
}

export interface DetectionSide {
  readonly medianMs: number;
  readonly runsMs: readonly number[];
  /** The highest peak RSS over the runs. */
  readonly peakRssMb: number;
  /** Medians of the parts the child reported (compile; sql and geoip). */
  readonly parts: Readonly<Record<string, number>>;
}

export interface DetectionResult {
  readonly resultRows: number;
  readonly splice: DetectionSide;
  readonly hand: DetectionSide;
}

/** Where one size's databases and result rows live. */
export function sizePaths(dir: string, rows: number): { db: string; manifest: string; ndjsonDb: string; bareDb: string; spliceRows: string; handRows: string } {
  const base = join(dir, `flows-${rows}`);
  return { db: `${base}.db`, manifest: `${base}.db.manifest.json`, ndjsonDb: `${base}.ndjson.db`, bareDb: `${base}.bare.db`, spliceRows: `${base}.splice-rows.jsonl`, handRows: `${base}.hand-rows.jsonl` };
}

/** Removes one size's data files, database and result rows (what --keep-data keeps). */
export function removeSizeFiles(dir: string, rows: number): void {
  const files = dataFilesFor(dir, rows);
  const paths = sizePaths(dir, rows);
  for (const path of [files.csv, files.ndjson, join(dir, `flows-${rows}.manifest.json`), paths.db, paths.manifest, paths.ndjsonDb, paths.bareDb, paths.spliceRows, paths.handRows]) {
    rmSync(path, { force: true });
  }
}

const mb = (kb: number): number => kb / 1024;

function timing(answer: ChildAnswer, expectedRows: number, what: string): Timing {
  if (answer.rows !== expectedRows) throw new Error(`${what} loaded ${answer.rows} rows, expected ${expectedRows}`);
  return { seconds: answer.ms / 1000, rowsPerSecond: answer.rows / (answer.ms / 1000), peakRssMb: mb(answer.maxRssKb) };
}

/** splice ingest of the CSV (kept as the detection's database) and of the NDJSON, then the bare loop. */
export function measureIngest(files: DataFiles, dir: string, rows: number, seed: number, log: (line: string) => void): IngestResult {
  const p = sizePaths(dir, rows);
  rmSync(p.manifest, { force: true });
  log(`ingest CSV, ${rows} rows`);
  const csv = timing(runChild({ kind: 'ingest', file: files.csv, format: 'csv', db: p.db }), rows, 'ingest of the CSV');
  writeManifest(p.manifest, rows, seed);
  log(`ingest NDJSON, ${rows} rows`);
  const ndjson = timing(runChild({ kind: 'ingest', file: files.ndjson, format: 'ndjson', db: p.ndjsonDb }), rows, 'ingest of the NDJSON');
  rmSync(p.ndjsonDb, { force: true });
  log(`bare insert loop, ${rows} rows`);
  const bare = timing(runChild({ kind: 'bare', source: p.db, db: p.bareDb }), rows, 'the bare loop');
  rmSync(p.bareDb, { force: true });
  return { csv, ndjson, bare };
}

/** The database the detection reads: kept from this or an earlier run, else loaded now, untimed. */
export function ensureDatabase(files: DataFiles, dir: string, rows: number, seed: number, log: (line: string) => void): string {
  const p = sizePaths(dir, rows);
  if (existsSync(p.db) && matchesManifest(p.manifest, rows, seed)) return p.db;
  log(`loading ${rows} rows for the detection (untimed)`);
  runChild({ kind: 'ingest', file: files.csv, format: 'csv', db: p.db });
  writeManifest(p.manifest, rows, seed);
  return p.db;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Median time, every run's time, highest peak RSS and median parts of one side's timed runs. */
export function detectionSide(answers: readonly ChildAnswer[]): DetectionSide {
  const names = [...new Set(answers.flatMap((a) => Object.keys(a.parts ?? {})))];
  return {
    medianMs: median(answers.map((a) => a.ms)),
    runsMs: answers.map((a) => a.ms),
    peakRssMb: Math.max(...answers.map((a) => mb(a.maxRssKb))),
    parts: Object.fromEntries(names.map((n) => [n, median(answers.map((a) => a.parts?.[n] ?? 0))])),
  };
}

/**
 * One untimed warm-up of each side (the file into the page cache), then `runs`
 * alternating pairs, each a fresh child. Throws if the two sides' rows differ.
 */
export function measureDetection(db: string, spl: string, dir: string, rows: number, runs: number, log: (line: string) => void): DetectionResult {
  const p = sizePaths(dir, rows);
  const splice = (): ChildAnswer => runChild({ kind: 'detect-splice', db, spl, rowsOut: p.spliceRows });
  const hand = (): ChildAnswer => runChild({ kind: 'detect-hand', db, rowsOut: p.handRows });
  log(`detection, ${rows} rows: warm-up`);
  splice();
  hand();
  const difference = compareResultRows(p.spliceRows, p.handRows);
  if (difference !== undefined) throw new Error(`splice and the hand-written query disagree on ${rows} rows: ${difference}`);
  const spliceRuns: ChildAnswer[] = [];
  const handRuns: ChildAnswer[] = [];
  for (let i = 0; i < runs; i++) {
    log(`detection, ${rows} rows: run ${i + 1} of ${runs}`);
    spliceRuns.push(splice());
    handRuns.push(hand());
  }
  rmSync(p.spliceRows, { force: true });
  rmSync(p.handRows, { force: true });
  return { resultRows: spliceRuns[0]?.rows ?? 0, splice: detectionSide(spliceRuns), hand: detectionSide(handRuns) };
}
