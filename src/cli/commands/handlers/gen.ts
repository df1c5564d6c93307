import { resolveDataset } from '../../../api/ingest.js';
import { dataModelNames, findDataModel } from '../../../datamodels/catalog.js';
import { allRootTables, rootTable, type RootTable } from '../../../datamodels/schema.js';
import { errorNowhere } from '../../../diagnostics/diagnostic.js';
import { openSqlite } from '../../../exec/sqlite.js';
import { DEFAULT_GEN_OPTIONS, generateAll } from '../../../gen/generate.js';
import { parseEpoch } from '../../../runtime/time/parse-epoch.js';
import { withSource } from '../../failure.js';
import { UsageError, type CliIo } from '../../io.js';
import { GEN_DEFAULTS, type GenArgs } from '../gen.js';

export async function genHandler(args: GenArgs, io: CliIo): Promise<void> {
  const { rows, seed, start, days } = checkArgs(args);
  const summaries = await withSource(undefined, async () => {
    const tables = args.datamodel && args.datamodel.length > 0 ? selectTables(args.datamodel) : allRootTables();
    const db = openSqlite(args.db, 'write');
    try {
      return generateAll(db, tables, rows, seed, { ...DEFAULT_GEN_OPTIONS, start, days });
    } finally {
      db.close();
    }
  });
  let seconds = 0;
  for (const s of summaries) {
    seconds += s.seconds;
    io.stderr(`${s.table}: ${s.rows} rows in ${s.seconds.toFixed(2)} s (${rate(s.rows, s.seconds)} rows/s)\n`);
  }
  const total = summaries.reduce((n, s) => n + s.rows, 0);
  io.stdout(`generated ${total} rows in ${summaries.length} ${summaries.length === 1 ? 'table' : 'tables'} into ${args.db} (seed ${seed}, ${rate(total, seconds)} rows/s)\n`);
}

function checkArgs(args: GenArgs): { rows: number; seed: number; start: number; days: number } {
  if (!Number.isSafeInteger(args.rows) || args.rows < 1) throw new UsageError(`--rows must be a positive whole number, not ${args.rows}`);
  if (!Number.isSafeInteger(args.seed)) throw new UsageError(`--seed must be a whole number, not ${args.seed}`);
  if (!Number.isFinite(args.days) || args.days <= 0) throw new UsageError(`--days must be a positive number, not ${args.days}`);
  // Read as ingest reads _time (ISO 8601 or epoch seconds, UTC without an offset), so the content never depends on the machine's zone.
  const start = parseEpoch(args.start);
  if (start === null) throw new UsageError(`--start must be an ISO 8601 time such as ${GEN_DEFAULTS.start}, not "${args.start}"`);
  return { rows: args.rows, seed: args.seed, start: Math.floor(start), days: args.days };
}

/** `Model` means every root dataset of the model (unlike ingest, which needs one); `Model.Root` one. */
function selectTables(names: readonly string[]): RootTable[] {
  const out = new Map<string, RootTable>();
  for (const name of names) {
    if (name.includes('.')) {
      const table = resolveDataset(name);
      out.set(table.name, table);
      continue;
    }
    const model = findDataModel(name);
    if (!model) throw errorNowhere('unknown-datamodel', `unknown data model "${name}"`, [`known data models: ${dataModelNames().join(', ')}`]);
    for (const root of model.roots) out.set(`${model.name}.${root.name}`, rootTable(model, root));
  }
  return [...out.values()];
}

function rate(rows: number, seconds: number): string {
  return seconds > 0 ? Math.round(rows / seconds).toLocaleString('en-US') : '-';
}
