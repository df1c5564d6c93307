/** The benchmark's table (markdown, as BENCHMARKS.md shows it) with each target's PASS/MISS. */
import type { CorpusResult } from './corpus.js';
import type { Machine } from './machine.js';
import type { DetectionResult, IngestResult } from './measure.js';

export interface SizeResult {
  readonly rows: number;
  readonly ingest?: IngestResult;
  readonly detection: DetectionResult;
}

export interface BenchResults {
  readonly machine: Machine;
  readonly options: { readonly rows: readonly number[]; readonly seed: number; readonly runs: number };
  readonly sizes: readonly SizeResult[];
  readonly corpus: CorpusResult | { readonly skipped: string };
  readonly lines: readonly Line[];
}

export interface Line {
  readonly measure: string;
  readonly size: string;
  readonly result: string;
  readonly target: string;
  readonly status: 'PASS' | 'MISS' | '';
}

export const TARGETS = {
  ingestRowsPerSecond: 250_000,
  ingestOverBare: 0.7,
  detectionOverHand: 1.2,
  detectionPeakMb: 300,
  corpusMsPerDetection: 1,
} as const;

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const status = (ok: boolean): 'PASS' | 'MISS' => (ok ? 'PASS' : 'MISS');

function ingestLines(size: string, ingest: IngestResult): Line[] {
  const lines: Line[] = [];
  for (const [label, t] of [['CSV', ingest.csv], ['NDJSON', ingest.ndjson]] as const) {
    lines.push({ measure: `ingest ${label} (splice ingest())`, size, result: `${t.seconds.toFixed(1)} s, ${int(t.rowsPerSecond)} rows/s`, target: `≥ ${int(TARGETS.ingestRowsPerSecond)} rows/s`, status: status(t.rowsPerSecond >= TARGETS.ingestRowsPerSecond) });
  }
  lines.push({ measure: 'bare better-sqlite3 insert loop', size, result: `${ingest.bare.seconds.toFixed(1)} s, ${int(ingest.bare.rowsPerSecond)} rows/s`, target: '', status: '' });
  for (const [label, t] of [['CSV', ingest.csv], ['NDJSON', ingest.ndjson]] as const) {
    const ratio = t.rowsPerSecond / ingest.bare.rowsPerSecond;
    lines.push({ measure: `ingest ${label} ÷ bare (rows/s)`, size, result: `${ratio.toFixed(2)}×`, target: `≥ ${TARGETS.ingestOverBare}×`, status: status(ratio >= TARGETS.ingestOverBare) });
  }
  return lines;
}

function detectionLines(size: string, d: DetectionResult): Line[] {
  const ratio = d.splice.medianMs / d.hand.medianMs;
  const parts = (p: Readonly<Record<string, number>>): string => Object.entries(p).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
  return [
    { measure: `detection, splice (compile + run), ${d.resultRows} rows out`, size, result: `${d.splice.medianMs.toFixed(0)} ms (${parts(d.splice.parts)}), peak ${d.splice.peakRssMb.toFixed(0)} MB`, target: `< ${TARGETS.detectionPeakMb} MB`, status: status(d.splice.peakRssMb < TARGETS.detectionPeakMb) },
    { measure: 'detection, hand-written SQLite', size, result: `${d.hand.medianMs.toFixed(0)} ms (${parts(d.hand.parts)}), peak ${d.hand.peakRssMb.toFixed(0)} MB`, target: '', status: '' },
    { measure: 'detection, splice ÷ hand-written', size, result: `${ratio.toFixed(2)}×`, target: `≤ ${TARGETS.detectionOverHand}×`, status: status(ratio <= TARGETS.detectionOverHand) },
  ];
}

export function resultLines(sizes: readonly SizeResult[], corpus: CorpusResult | { readonly skipped: string }): Line[] {
  const lines: Line[] = [];
  for (const s of sizes) {
    const size = int(s.rows);
    if (s.ingest) lines.push(...ingestLines(size, s.ingest));
    lines.push(...detectionLines(size, s.detection));
  }
  if ('skipped' in corpus) {
    lines.push({ measure: 'corpus expand + parse + plan', size: '', result: `skipped: ${corpus.skipped}`, target: '', status: '' });
  } else {
    const ok = corpus.msPerDetection < TARGETS.corpusMsPerDetection;
    lines.push({ measure: `corpus expand + parse + plan (${corpus.planned} planned)`, size: `${int(corpus.detections)} detections`, result: `${corpus.totalMs.toFixed(0)} ms, ${corpus.msPerDetection.toFixed(3)} ms each`, target: `< ${TARGETS.corpusMsPerDetection} ms each`, status: status(ok) });
  }
  return lines;
}

export function renderReport(results: BenchResults): string {
  const m = results.machine;
  const head = `${m.date.slice(0, 10)}, ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB, ${m.os}, Node ${m.node}, SQLite ${m.sqlite}, load ${m.loadAtStart.toFixed(2)} at start, seed ${results.options.seed}, median of ${results.options.runs} detection runs`;
  const rows = results.lines.map((l) => `| ${l.measure} | ${l.size} | ${l.result} | ${l.target} | ${l.status} |`);
  return [head, '', '| measure | rows | result | target | status |', '|---|---|---|---|---|', ...rows, ''].join('\n');
}
