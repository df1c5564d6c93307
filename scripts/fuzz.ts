/**
 * Fuzzing: the hostile-input properties of test/hostile (expand + parse + plan
 * succeed or throw a positioned SpliceError; printed SQL prepares, quotes names
 * and binds values) over many cases. Not a test: `npm run fuzz -- [--runs N] [--seed S]`.
 *
 * Each property runs in a worker thread that names every case before running it;
 * a case still running after 2 s is a hang: the worker is ended, the case
 * reported, and the property goes on in a new worker. After a failure (shrunk
 * by fast-check) the property goes on too, so every case requested runs.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { emptyTally, hostileProperties, type Tally } from '../test/hostile/support/catalog.js';
import { loadSeeds } from '../test/hostile/support/seeds.js';

const HANG_MS = 2000;
/** A property that fails this often stops early: the failures say enough. */
const MAX_FAILURES = 20;
/** A new worker loads the seeds, macros and parser before its first case. */
const STARTUP_MS = 60_000;

interface Job {
  readonly property: string;
  readonly seed: number;
  readonly runs: number;
}

type FromWorker =
  | { readonly type: 'case'; readonly spl: string }
  | { readonly type: 'done'; readonly cases: number; readonly tally: Tally; readonly failure?: { readonly counterexample: string; readonly error: string; readonly shrinks: number } };

interface Report {
  readonly property: string;
  cases: number;
  ms: number;
  tally: Tally;
  readonly failures: { counterexample: string; error: string }[];
  readonly hangs: string[];
}

function runJob(job: Job): void {
  const seeds = loadSeeds();
  const p = hostileProperties(seeds).find((h) => h.name === job.property);
  if (p === undefined) throw new Error(`no property ${job.property}`);
  const tally = emptyTally();
  let last = '';
  const post = (message: FromWorker): void => parentPort?.postMessage(message);
  const details = fc.check(
    p.property((spl) => {
      last = spl;
      post({ type: 'case', spl });
    }, tally),
    { numRuns: job.runs, seed: job.seed },
  );
  const failure = details.failed
    ? { counterexample: JSON.stringify(details.counterexample?.[0].spl ?? last), error: String(details.errorInstance), shrinks: details.numShrinks }
    : undefined;
  post({ type: 'done', cases: details.numRuns, tally, ...(failure ? { failure } : {}) });
}

/** Runs one property to its end in workers, restarting after a hang. */
function runProperty(property: string, seed: number, runs: number): Promise<Report> {
  const report: Report = { property, cases: 0, ms: 0, tally: emptyTally(), failures: [], hangs: [] };
  const started = performance.now();
  return new Promise((resolve) => {
    const start = (jobSeed: number, remaining: number): void => {
      if (remaining <= 0) {
        report.ms = performance.now() - started;
        resolve(report);
        return;
      }
      const worker = new Worker(new URL(import.meta.url), { workerData: { property, seed: jobSeed, runs: remaining } satisfies Job });
      let current = '';
      let since = performance.now();
      let seen = 0;
      let finished = false;
      const watchdog = setInterval(() => {
        if (finished || performance.now() - since < (seen === 0 ? STARTUP_MS : HANG_MS)) return;
        finished = true;
        clearInterval(watchdog);
        report.hangs.push(current);
        report.cases += seen;
        void worker.terminate().then(() => start(jobSeed + 1, remaining - seen));
      }, 100);
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'case') {
          current = message.spl;
          since = performance.now();
          seen++;
          return;
        }
        finished = true;
        clearInterval(watchdog);
        report.cases += message.cases;
        report.tally = { planned: report.tally.planned + message.tally.planned, refused: report.tally.refused + message.tally.refused };
        if (message.failure) report.failures.push({ counterexample: `${message.failure.counterexample} (after ${message.failure.shrinks} shrinks)`, error: message.failure.error });
        // fast-check stops at a failure: the property goes on from another seed for the cases left.
        const left = message.failure && report.failures.length < MAX_FAILURES ? remaining - message.cases : 0;
        void worker.terminate().then(() => start(jobSeed + 1, left));
      });
      worker.on('error', (error) => {
        if (finished) return;
        finished = true;
        clearInterval(watchdog);
        report.cases += seen;
        report.failures.push({ counterexample: JSON.stringify(current), error: `the worker died: ${error.message}` });
        start(jobSeed + 1, remaining - seen);
      });
    };
    start(seed, runs);
  });
}

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n)) throw new RangeError(`${name} needs an integer`);
  return n;
}

async function main(): Promise<void> {
  const total = option('--runs', 100_000);
  const seed = option('--seed', Date.now() % 2 ** 31);
  const seeds = loadSeeds();
  const names = hostileProperties(seeds).map((p) => p.name);
  const each = Math.ceil(total / names.length);
  process.stdout.write(`splice fuzz: seed ${seed}, ${each} cases for each of ${names.length} properties, ${seeds.searches.length} seed searches from ${seeds.origin}\n\n`);
  const started = performance.now();
  const reports: Report[] = [];
  // Two properties at a time: the machine has two cores.
  for (let i = 0; i < names.length; i += 2) {
    reports.push(...(await Promise.all(names.slice(i, i + 2).map((name) => runProperty(name, seed, each)))));
  }
  const seconds = (performance.now() - started) / 1000;
  const rows = reports.map((r) => [r.property, r.cases, (r.cases / (r.ms / 1000)).toFixed(0), r.tally.planned, r.tally.refused, r.failures.length, r.hangs.length]);
  const cases = reports.reduce((n, r) => n + r.cases, 0);
  const failures = reports.reduce((n, r) => n + r.failures.length + r.hangs.length, 0);
  process.stdout.write('| property | cases | cases/s | planned | refused | failures | hangs |\n|---|---|---|---|---|---|---|\n');
  for (const row of rows) process.stdout.write(`| ${row.join(' | ')} |\n`);
  for (const r of reports) {
    for (const f of r.failures) process.stdout.write(`\nFAILURE in ${r.property}: ${f.error}\n  counterexample: ${f.counterexample}\n`);
    for (const h of r.hangs) process.stdout.write(`\nHANG in ${r.property} (over ${HANG_MS} ms): ${JSON.stringify(h)}\n`);
  }
  process.stdout.write(`\n${cases} cases in ${seconds.toFixed(0)} s (${(cases / seconds).toFixed(0)} cases/s), ${failures} failures; rerun with --seed ${seed}\n`);
  if (failures > 0) process.exitCode = 1;
}

if (isMainThread) void main();
else runJob(workerData as Job);
