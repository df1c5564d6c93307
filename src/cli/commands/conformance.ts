import type { Argv, CommandModule } from 'yargs';
import { STAGES } from '../../conformance/stages.js';
import type { CliIo } from '../io.js';

export interface ConformanceArgs {
  dir?: string;
  json?: string;
  macros?: string | string[];
  mmdb?: string;
  require?: string;
  db?: string;
  engine?: string;
}

export const DEFAULT_DIR = '../shared/corpus/security_content';


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
    handler: async (args) => (await import('./handlers/conformance.js')).conformanceHandler(args, io),
  };
}
