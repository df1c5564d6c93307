/**
 * `npm run bench`: issue 6's benchmark. Not a test: it prints one table (targets
 * marked PASS/MISS) and writes bench/results.json with the machine it ran on.
 * `npm run bench -- --help` lists the flags; BENCHMARKS.md says how each number is taken.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { benchCorpus } from './bench/corpus.js';
import { ensureDataFiles } from './bench/data-files.js';
import { benchLog } from './bench/log.js';
import { describeMachine } from './bench/machine.js';
import { ensureDatabase, measureDetection, measureIngest, removeSizeFiles } from './bench/measure.js';
import { HELP, parseBenchOptions, type BenchOptions } from './bench/options.js';
import { DETECTION_FILE } from './bench/protocol.js';
import { renderReport, resultLines, type BenchResults, type SizeResult } from './bench/report.js';

const log = benchLog('bench');

function benchSize(options: BenchOptions, rows: number, spl: string): SizeResult {
  const dir = options.dataDir;
  log(`${rows} rows: data files (generation is not timed)`);
  const { files, generated } = ensureDataFiles(dir, rows, options.seed);
  if (!generated) log(`${rows} rows: reusing kept data files`);
  try {
    const ingest = options.skipIngest ? undefined : measureIngest(files, dir, rows, options.seed, log);
    const db = ensureDatabase(files, dir, rows, options.seed, log);
    const detection = measureDetection(db, spl, dir, rows, options.runs, log);
    return { rows, ...(ingest ? { ingest } : {}), detection };
  } finally {
    if (!options.keepData) removeSizeFiles(dir, rows);
  }
}

function main(): void {
  const options = parseBenchOptions(process.argv.slice(2));
  if (options === 'help') {
    process.stdout.write(HELP);
    return;
  }
  const machine = describeMachine();
  const spl = readFileSync(DETECTION_FILE, 'utf8');
  const sizes = options.rows.map((rows) => benchSize(options, rows, spl));
  const corpus = options.skipCorpus ? { skipped: '--skip-corpus' } : benchCorpus(options.corpus, 5);
  const results: BenchResults = { machine, options: { rows: options.rows, seed: options.seed, runs: options.runs }, sizes, corpus, lines: resultLines(sizes, corpus) };
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`\n${renderReport(results)}\nwritten to ${options.out}\n`);
}

try {
  main();
} catch (e) {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
