import { ingest, type IngestInput, type IngestOptions } from '../../../api/ingest.js';
import { ingestIntoEngine } from '../../../api/ingest-engine.js';
import { openEngine } from '../../../engines/open.js';
import { parseEngineUrl, type EngineTarget } from '../../../engines/url.js';
import { openSqlite } from '../../../exec/sqlite.js';
import type { InputFormat } from '../../../ingest/record.js';
import type { FileSummary } from '../../../ingest/table-writer.js';
import { sqliteDialect } from '../../../sql/dialects/sqlite.js';
import { withSource } from '../../failure.js';
import { UsageError, type CliIo } from '../../io.js';
import { rowsProgress } from '../../output/progress.js';
import type { IngestArgs } from '../ingest.js';

export async function ingestHandler(args: IngestArgs, io: CliIo): Promise<void> {
  const target = ingestTarget(args);
  const progress = io.stderrIsTerminal === true ? rowsProgress(io.stderr) : undefined;
  const inputs = args.inputs.map((path) => ({ path, ...(args.format ? { format: args.format as InputFormat } : {}) }));
  const options = progress ? { onProgress: (rows: number) => progress.update(rows) } : {};
  const summaries = await withSource(undefined, async () => {
    try {
      if (target.kind === 'sqlite') return await ingestIntoSqlite(target.file, args.datamodel, inputs, options);
      const engine = await openEngine(target);
      try {
        return await ingestIntoEngine(engine, args.datamodel, inputs, options);
      } finally {
        await engine.close();
      }
    } finally {
      progress?.done();
    }
  });
  for (const s of summaries) {
    const notes = [s.rowsWithoutTime > 0 ? `${s.rowsWithoutTime} without a readable time` : '', s.unmappedFields.length > 0 ? `${s.unmappedFields.length} input fields are not ${args.datamodel} fields (${abbreviate(s.unmappedFields)})` : ''].filter((n) => n !== '');
    io.stderr(`${s.file}: ${s.rows} rows (${s.format})${notes.length > 0 ? `; ${notes.join('; ')}` : ''}\n`);
  }
  io.stdout(`loaded ${summaries.reduce((n, s) => n + s.rows, 0)} rows into ${target.kind === 'sqlite' ? target.file : args.engine ?? ''} (${args.datamodel})\n`);
}

/** --db FILE, or --engine URL (sqlite:FILE is --db FILE). */
function ingestTarget(args: IngestArgs): EngineTarget {
  if (args.db !== undefined && args.engine !== undefined) throw new UsageError('use either --db FILE or --engine URL, not both');
  if (args.engine !== undefined) return parseEngineUrl(args.engine);
  if (args.db === undefined) throw new UsageError('say where to load: --db FILE (SQLite) or --engine URL');
  return { kind: 'sqlite', file: args.db };
}

async function ingestIntoSqlite(file: string, dataset: string, inputs: readonly IngestInput[], options: IngestOptions): Promise<FileSummary[]> {
  const db = openSqlite(file, 'write');
  try {
    return await ingest(db, sqliteDialect, dataset, inputs, options);
  } finally {
    db.close();
  }
}

function abbreviate(names: readonly string[]): string {
  return names.length <= 6 ? names.join(', ') : `${names.slice(0, 6).join(', ')}, …`;
}
