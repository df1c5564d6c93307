/** `npm run bench:engines -- [flags]`: the engine benchmark's command line. */
import { parseArgs } from 'node:util';
import { parseEngineUrl } from '../../src/engines/url.js';
import { positiveInt } from './options.js';

export interface EngineBenchOptions {
  readonly rows: number;
  readonly runs: number;
  readonly seed: number;
  readonly keepData: boolean;
  readonly dataDir: string;
  /** Server URLs; an engine without one is skipped. */
  readonly pg: string | undefined;
  readonly ch: string | undefined;
  readonly out: string;
}

export const ENGINE_HELP = `npm run bench:engines -- [flags]

Runs examples/detect_outbound_smb_traffic.spl on every engine over the same rows:
  data     seeded Network_Traffic flows (the CSV npm run bench makes), ingested
           once with splice's ingest into a SQLite file (untimed)
  load     that table copied into DuckDB (a file in the data directory),
           PostgreSQL and ClickHouse with copyTable, after dropping the engine's
           table; its time and rows/s are reported, apart from the detection
  detect   compile + open the engine + runSearchOn until the rows are complete,
           each run a fresh child process: one warm-up, then --runs timed runs
           (median time, peak RSS of the child); every engine must return
           exactly SQLite's rows, all cells, or the benchmark stops
Prints one table and writes every raw number and the machine to bench/engines.json.
See BENCHMARKS.md.

Flags:
  --rows N          rows of flows                             (default 10000000)
  --runs N          timed runs per engine; the median is reported (default 3)
  --seed N          generator seed                            (default 6)
  --keep-data       keep the data files, the SQLite and DuckDB files and the
                    engines' tables; data and SQLite files are reused next time
                    when seed and row count match (the same files npm run bench keeps)
  --data-dir DIR    where files go                            (default bench/data)
  --pg URL          PostgreSQL (default $SPLICE_PG_URL; skipped without one)
  --ch URL          ClickHouse, cluster=… to spread rows over its shards
                    (default $SPLICE_CH_URL; skipped without one)
  --out FILE        results file                              (default bench/engines.json)
  --help            this text

scripts/engines up starts a local PostgreSQL and a 2-shard ClickHouse and prints both URLs.
`;

function engineUrl(flag: string, text: string | undefined, kind: 'postgres' | 'clickhouse'): string | undefined {
  if (text === undefined || text === '') return undefined;
  if (parseEngineUrl(text).kind !== kind) throw new Error(`${flag} wants a ${kind} URL, not "${text}"`);
  return text;
}

/** The parsed flags, or 'help'. Throws on a bad flag, with a message for the user. */
export function parseEngineBenchOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): EngineBenchOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      rows: { type: 'string', default: '10000000' },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: '6' },
      'keep-data': { type: 'boolean', default: false },
      'data-dir': { type: 'string', default: 'bench/data' },
      pg: { type: 'string' },
      ch: { type: 'string' },
      out: { type: 'string', default: 'bench/engines.json' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  return {
    rows: positiveInt('--rows', values.rows),
    runs: positiveInt('--runs', values.runs),
    seed: positiveInt('--seed', values.seed),
    keepData: values['keep-data'],
    dataDir: values['data-dir'],
    pg: engineUrl('--pg', values.pg ?? env.SPLICE_PG_URL, 'postgres'),
    ch: engineUrl('--ch', values.ch ?? env.SPLICE_CH_URL, 'clickhouse'),
    out: values.out,
  };
}
