/** `npm run bench -- [flags]`: the benchmark's command line. */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  readonly rows: readonly number[];
  readonly skipIngest: boolean;
  readonly skipCorpus: boolean;
  readonly keepData: boolean;
  readonly dataDir: string;
  readonly seed: number;
  readonly runs: number;
  readonly corpus: string;
  readonly out: string;
}

export const HELP = `npm run bench -- [flags]

Generates seeded Network_Traffic flows (CSV and NDJSON), then measures, for each size:
  ingest   splice's ingest() of the CSV and of the NDJSON into a fresh database file,
           and a bare better-sqlite3 insert loop of the same rows (the floor)
  detect   examples/detect_outbound_smb_traffic.spl through splice (compile + run) and
           the best hand-written SQLite query for it, each in a child process (time to
           rows and peak RSS); both must return the same rows
and once: expand + parse + plan of every detection in the security_content corpus.
Prints one table with each target's PASS/MISS and writes it to bench/results.json.
Generation is never timed. See BENCHMARKS.md for how each number is taken.

Flags:
  --rows LIST       row counts to run, comma-separated    (default 1000000,10000000)
  --skip-ingest     do not time ingest; the database the detection needs is still
                    loaded, untimed (or reused, see --keep-data)
  --skip-corpus     do not time the corpus
  --keep-data       keep generated files and databases in the data directory, and
                    reuse them on the next run when seed and row count match
  --data-dir DIR    where data files and databases go       (default bench/data)
  --seed N          generator seed                          (default 6)
  --runs N          timed runs of each detection side; the median is reported (default 3)
  --corpus DIR      security_content tree (default ../shared/corpus/security_content)
  --out FILE        results file                            (default bench/results.json)
  --help            this text
`;

export function positiveInt(flag: string, text: string): number {
  const n = Number(text.replace(/_/g, ''));
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} wants a positive whole number, not "${text}"`);
  return n;
}

/** The parsed flags, or 'help'. Throws on a bad flag, with a message for the user. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      rows: { type: 'string', default: '1000000,10000000' },
      'skip-ingest': { type: 'boolean', default: false },
      'skip-corpus': { type: 'boolean', default: false },
      'keep-data': { type: 'boolean', default: false },
      'data-dir': { type: 'string', default: 'bench/data' },
      seed: { type: 'string', default: '6' },
      runs: { type: 'string', default: '3' },
      corpus: { type: 'string', default: '../shared/corpus/security_content' },
      out: { type: 'string', default: 'bench/results.json' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  return {
    rows: values.rows.split(',').map((r) => positiveInt('--rows', r.trim())),
    skipIngest: values['skip-ingest'],
    skipCorpus: values['skip-corpus'],
    keepData: values['keep-data'],
    dataDir: values['data-dir'],
    seed: positiveInt('--seed', values.seed),
    runs: positiveInt('--runs', values.runs),
    corpus: values.corpus,
    out: values.out,
  };
}
