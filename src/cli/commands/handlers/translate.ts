import { compile } from '../../../api/compile.js';
import { resolveDataset } from '../../../api/ingest.js';
import { openIngestedDatabase } from '../../../api/open-data.js';
import { dialectFor } from '../../../engines/dialects.js';
import { placeSelect } from '../../../engines/placement.js';
import { lowerTimeBins, type LoweredBins } from '../../../engines/time-bins.js';
import type { Select } from '../../../sql/ast.js';
import { parseEngineUrl } from '../../../engines/url.js';
import { explainQueryPlan, openSqlite, type PlanStep } from '../../../exec/sqlite.js';
import { registerSearchFunctions } from '../../../exec/udfs.js';
import { ensureTable } from '../../../ingest/table-writer.js';
import { describeStage } from '../../../plan/describe.js';
import { resolveTimeZone } from '../../../runtime/time/zone.js';
import type { SqlValue } from '../../../sql/ast.js';
import { sqliteDialect } from '../../../sql/dialects/sqlite.js';
import { compileOptions } from '../../context.js';
import { withSource } from '../../failure.js';
import { UsageError, type CliIo } from '../../io.js';
import { showValue, sqlLines, translatedSql } from '../../output/translate-report.js';
import { renderDiagnostic } from '../../render-error.js';
import { readSpl } from '../../spl-input.js';
import type { TranslateArgs } from '../translate.js';

/** SQLite's plan for the SQL, on the database given or on an empty one holding the table as ingest creates it. */
async function explainOn(path: string | undefined, table: string, sql: string, params: readonly SqlValue[]): Promise<PlanStep[]> {
  const db = path !== undefined ? openIngestedDatabase(path, table) : openSqlite(':memory:', 'write');
  try {
    if (path === undefined) ensureTable(db, resolveDataset(table), sqliteDialect);
    // The plan does not depend on the zone; the function must only exist.
    registerSearchFunctions(db, resolveTimeZone('UTC'));
    return explainQueryPlan(db, sql, params);
  } finally {
    db.close();
  }
}

function jsonParam(p: SqlValue): SqlValue | { hex: string } {
  return p instanceof Uint8Array ? { hex: Buffer.from(p).toString('hex') } : p;
}


export async function translateHandler(args: TranslateArgs, io: CliIo): Promise<void> {
  const source = readSpl(args.spl, args.file);
  const compiled = await withSource(source, () => compile(source.text, compileOptions(args)));
  for (const warning of compiled.warnings) io.stderr(renderDiagnostic(warning, source));
  const planSource = compiled.plan.source;
  const dialect = args.engine === undefined ? sqliteDialect : dialectFor(parseEngineUrl(args.engine));
  // On another engine the search's SQL is what `run --engine` sends: time bins in UTC are arithmetic there (engines/time-bins.ts).
  const forEngine = (select: Select): LoweredBins => (dialect === sqliteDialect ? { select, fills: new Map() } : lowerTimeBins(select, resolveTimeZone(args.tz)));
  const lowered = planSource.kind === 'sql' ? forEngine(planSource.select) : undefined;
  const translated = planSource.kind === 'sql' && lowered ? await withSource(source, () => translatedSql(placeSelect(lowered.select, resolveDataset(planSource.select.from), dialect), dialect)) : undefined;
  const fills = [...(lowered?.fills ?? new Map<number, SqlValue>())].map(([i, value]) => ({ column: lowered?.select.columns[i]?.alias ?? '', value }));
  const printed = translated?.engine;
  const runtime = compiled.plan.stages.map(describeStage);
  if (args.db !== undefined && !args.explain) throw new UsageError('--db is for --explain: translate reads no data otherwise');
  if (args.explain && dialect !== sqliteDialect) throw new UsageError('--explain shows SQLite\'s query plan; leave out --engine');
  const plan = args.explain && printed && planSource.kind === 'sql' ? await withSource(source, () => explainOn(args.db, planSource.select.from, printed.sql, printed.params)) : undefined;
  if (args.json) {
    const local = translated?.local;
    const localJson = local === undefined ? {} : { local: { reason: local.reason, sql: local.sql.sql, params: local.sql.params.map(jsonParam) } };
    const fillJson = fills.length === 0 ? {} : { fills: fills.map((f) => ({ column: f.column, value: jsonParam(f.value) })) };
    io.stdout(`${JSON.stringify({ engine: dialect.name, sql: printed?.sql ?? null, params: (printed?.params ?? []).map(jsonParam), ...localJson, ...fillJson, runtime, ...(plan ? { queryPlan: plan } : {}) }, null, 2)}\n`);
    return;
  }
  const out = translated
    ? [...sqlLines(translated, dialect), ...fills.map((f) => `-- splice writes ${showValue(f.value)} in "${f.column}" where the SQL gives NULL (tstats fillnull_value)`)]
    : [`-- no SQL: inputlookup ${planSource.kind === 'inputlookup' ? planSource.table.text : ''} reads the lookup's rows in splice`];
  if (plan) {
    out.push(`-- query plan (SQLite EXPLAIN QUERY PLAN, ${args.db === undefined ? 'on empty tables without statistics: give --db for your data\'s plan' : `on ${args.db}`}):`);
    out.push(...plan.map((step) => `--   ${'  '.repeat(step.depth)}${step.detail}`));
  }
  out.push(runtime.length === 0 ? '-- runtime stages: none' : '-- runtime stages (run by splice on the SQL result, in order):');
  out.push(...runtime.map((r, i) => `--   ${i + 1}. ${r}`));
  io.stdout(`${out.join('\n')}\n`);
}
