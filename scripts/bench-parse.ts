/**
 * Benchmark: expand + parse (and expand + parse + plan) of every detection in a
 * security_content tree. Not a test: run it with `npm run bench:parse [DIR]`
 * and copy the table into BENCHMARKS.md with the machine it ran on.
 */
import { cpus } from 'node:os';
import { join } from 'node:path';
import { compile, parse } from '../src/api/compile.js';
import { listDetections } from '../src/conformance/detections.js';
import { loadMacroPaths } from '../src/macros/load.js';

const dir = process.argv[2] ?? '../shared/corpus/security_content';
const rounds = 5;

const macros = loadMacroPaths([join(dir, 'macros')]);
const searches = listDetections(dir).flatMap((d) => (d.search === undefined ? [] : [d.search]));

function timeAll(work: (spl: string) => void): number {
  const start = performance.now();
  for (const spl of searches) {
    try {
      work(spl);
    } catch {
      // Failures are counted by `splice conformance`; here only time matters.
    }
  }
  return performance.now() - start;
}

// One warm-up round so the JIT and Chevrotain's caches are in their steady state.
timeAll((spl) => parse(spl, { macros }));
const parseRuns = Array.from({ length: rounds }, () => timeAll((spl) => parse(spl, { macros })));
const planRuns = Array.from({ length: rounds }, () => timeAll((spl) => compile(spl, { macros })));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const rows = [
  ['expand + parse, whole corpus', `${median(parseRuns).toFixed(0)} ms`, `${(median(parseRuns) / searches.length).toFixed(3)} ms`],
  ['expand + parse + plan, whole corpus', `${median(planRuns).toFixed(0)} ms`, `${(median(planRuns) / searches.length).toFixed(3)} ms`],
];
process.stdout.write(`${searches.length} detections, median of ${rounds} rounds, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}\n\n`);
process.stdout.write('| measure | total | per detection |\n|---|---|---|\n');
for (const row of rows) process.stdout.write(`| ${row.join(' | ')} |\n`);
