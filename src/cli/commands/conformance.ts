import { existsSync, writeFileSync } from 'node:fs';
import type { Argv, CommandModule } from 'yargs';
import { runConformance, STAGES, type Stage } from '../../conformance/run.js';
import { formatSummary } from '../../conformance/summary.js';
import { parseEngineUrl } from '../../engines/url.js';
import { runtimeContext } from '../context.js';
import { SilentFailure, withSource } from '../failure.js';
import { UsageError, type CliIo } from '../io.js';
import { listOf } from '../options.js';

interface ConformanceArgs {
  dir?: string;
  json?: string;
  macros?: string | string[];
  mmdb?: string;
  require?: string;
  db?: string;
  engine?: string;
}

const DEFAULT_DIR = '../shared/corpus/security_content';

export function conformanceCommand(io: CliIo): CommandModule<object, ConformanceArgs> {
  return {
    command: 'conformance [dir]',
    describe: 'take every detection of a security_content tree through expand → parse → translate → execute and report how far each gets',
    builder: (y: Argv) =>
      y
        .positional('dir', { type: 'string', describe: `a security_content tree (detections/, macros/, lookups/); default ${DEFAULT_DIR} when present` })
        .options({
          json: { type: 'string', describe: 'also write the full report (every detection, its last stage and error) as JSON to this file' },
          macros: { type: 'string', describe: 'more macro definitions, besides DIR/macros (repeatable)' },
          mmdb: { type: 'string', describe: 'GeoIP database for detections that use iplocation' },
          require: { type: 'string', choices: STAGES, describe: 'exit 1 unless every detection reaches at least this stage' },
          db: { type: 'string', describe: 'execute on this database (e.g. from splice gen) instead of empty tables' },
          engine: { type: 'string', describe: 'execute on this engine (duckdb:…, postgres://…, clickhouse://…), on empty tables in a scratch namespace there that is removed afterwards' },
        })
        .example('$0 conformance --json report.json', 'run the whole ESCU corpus and keep the per-detection report')
        .example('$0 conformance --require parse', 'fail when any detection no longer parses')
        .example('$0 gen --db cim.db --rows 100000 && $0 conformance --db cim.db', 'execute every detection on synthetic data') as unknown as Argv<ConformanceArgs>,
    handler: async (args) => {
      const dir = args.dir ?? (existsSync(DEFAULT_DIR) ? DEFAULT_DIR : undefined);
      if (dir === undefined) throw new UsageError(`no corpus: give DIR (none found at ${DEFAULT_DIR})`);
      if (!existsSync(`${dir}/detections`)) throw new UsageError(`${dir} has no detections/ folder`);
      const target = args.engine === undefined ? undefined : parseEngineUrl(args.engine);
      if (target !== undefined && args.db !== undefined) throw new UsageError('use either --db FILE or --engine URL, not both');
      const engine = target?.kind === 'sqlite' ? undefined : target;
      const database = target?.kind === 'sqlite' ? target.file : args.db;
      const report = await withSource(undefined, async () =>
        runConformance(dir, { extraMacros: listOf(args.macros), ...(database ? { database } : {}), ...(engine ? { engine } : {}), runtime: await runtimeContext({ tz: 'UTC', ...(args.mmdb ? { mmdb: args.mmdb } : {}), ...(existsSync(`${dir}/lookups`) ? { lookups: `${dir}/lookups` } : {}) }, io) }),
      );
      io.stdout(formatSummary(report));
      if (args.json) writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`);
      const required = args.require as Stage | undefined;
      if (required !== undefined) {
        const short = report.results.filter((r) => r.stage_reached === 'none' || STAGES.indexOf(r.stage_reached) < STAGES.indexOf(required));
        if (short.length > 0) {
          io.stderr(`${short.length} detections did not reach ${required}, e.g. ${short[0]?.file}: ${short[0]?.error}\n`);
          throw new SilentFailure();
        }
      }
    },
  };
}
