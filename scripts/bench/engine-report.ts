/** The engine benchmark's results file and its table (markdown, as BENCHMARKS.md shows it). */
import type { EngineLoad } from './engine-load.js';
import type { Machine } from './machine.js';
import type { DetectionSide } from './measure.js';

export interface EngineResult {
  readonly kind: 'sqlite' | 'duckdb' | 'postgres' | 'clickhouse';
  /** For the table: the engine, its version and how it was set up. */
  readonly name: string;
  /** The --engine URL, password redacted; absent when skipped. */
  readonly url?: string;
  readonly skipped?: string;
  readonly load?: EngineLoad;
  readonly rowsOut?: number;
  readonly detection?: DetectionSide;
}

export interface EngineBenchResults {
  readonly machine: Machine;
  readonly options: { readonly rows: number; readonly seed: number; readonly runs: number };
  /** Wall seconds of each step of the run, for planning the next one. */
  readonly steps: Readonly<Record<string, number>>;
  /** 1-minute load average when the detection runs began (the loads before them keep the machine busy). */
  readonly loadAtDetection: number;
  readonly engines: readonly EngineResult[];
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');

function loadCell(e: EngineResult): string {
  if (e.kind === 'sqlite') return 'the source: splice ingest of the CSV (npm run bench times it)';
  if (e.load === undefined) return '';
  return `${int(e.load.seconds)} s, ${int(e.load.rowsPerSecond)} rows/s (then ${int(e.load.settleSeconds)} s settling)`;
}

function row(e: EngineResult, rows: number): string {
  if (e.detection === undefined) return `| ${e.name} | ${int(rows)} | ${e.skipped === undefined ? 'not run' : `skipped: ${e.skipped}`} | | | |`;
  const d = e.detection;
  const parts = Object.entries(d.parts).map(([k, v]) => `${k} ${int(v)}`).join(', ');
  return `| ${e.name} | ${int(rows)} | ${int(d.medianMs)} (${parts}) | ${int(d.peakRssMb)} | ${int(e.rowsOut ?? 0)} | ${loadCell(e)} |`;
}

export function renderEngineReport(results: EngineBenchResults): string {
  const m = results.machine;
  const o = results.options;
  const head = `${m.date.slice(0, 10)}, ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB, ${m.os}, Node ${m.node}, load ${results.loadAtDetection.toFixed(2)} when the detection runs began, seed ${o.seed}, median of ${o.runs} runs after one warm-up`;
  return [
    head,
    '',
    '| engine | rows | median ms | peak MB | rows out | load |',
    '|---|---|---|---|---|---|',
    ...results.engines.map((e) => row(e, o.rows)),
    '',
  ].join('\n');
}
