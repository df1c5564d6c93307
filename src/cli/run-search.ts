import { compile, type Compiled } from '../api/compile.js';
import { standInLookupWarnings } from '../api/lookup-warnings.js';
import type { SourceText } from '../api/search-source.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { openSqlite } from '../exec/sqlite.js';
import { writeResults, type OutputFormat } from '../output/format.js';
import { lookupsUsed } from '../plan/lookups-used.js';
import type { Cut, StatsLimits } from '../runtime/stats/limits.js';
import { limitRows, type RowsCut } from '../runtime/stream-limit.js';
import { closeSearchData, streamSearch, type SearchData } from '../api/search-data.js';
import { compileOptions, runtimeContext, type SearchFlags } from './context.js';
import { openSearchData, type DataFlags } from './data-options.js';
import type { CliIo } from './io.js';
import { renderDiagnostic } from './render-error.js';

/** The flags of `splice run` that shape the search and its output (plain data: they also travel to a child process). */
export interface RunFlags extends SearchFlags, DataFlags {
  readonly format: string;
  readonly 'max-rows'?: number;
  readonly maxvalues?: number;
}

/**
 * `splice run` after its flags are checked: compile, run, print the rows as
 * they come, warnings on stderr. The same whether it runs in the CLI's process
 * or, under --timeout, in a child (search-process.ts).
 */
export async function runSearch(source: SourceText, flags: RunFlags, io: CliIo): Promise<void> {
  const warn = (d: Diagnostic): void => io.stderr(renderDiagnostic(d, source));
  const compiled = compile(source.text, compileOptions(flags));
  compiled.warnings.forEach(warn);
  const base = await runtimeContext(flags, io, lookupsUsed(compiled.plan));
  standInLookupWarnings(compiled, base.lookups).forEach(warn);
  const ctx = { ...base, statsLimits: statsLimits(flags.maxvalues ?? 0, compiled, warn) };
  // inputlookup reads --lookups only; tstats reads the dataset's table from --db or --data.
  const planSource = compiled.plan.source;
  const data: SearchData = planSource.kind === 'sql' ? await openSearchData(flags, planSource.select.from) : { kind: 'sqlite', db: openSqlite(':memory:', 'write') };
  try {
    // Rows are written as they are read where the stages allow it (runtime/stream.ts), so the data stays open meanwhile.
    const stream = await streamSearch(compiled.plan, data, ctx);
    const max = flags['max-rows'];
    const limited = max === undefined ? undefined : limitRows(stream, max);
    await writeResults(limited ?? stream, flags.format as OutputFormat, { write: io.stdout, ...(io.stdoutBusy ? { busy: io.stdoutBusy } : {}) });
    const cut = limited?.cut();
    if (cut !== undefined && max !== undefined) warn(rowsCutWarning(cut, max));
  } finally {
    await closeSearchData(data);
  }
}

/** Splunk's caps, values() at `maxValues`; each function whose result was cut is reported once, at the function. */
function statsLimits(maxValues: number, compiled: Compiled, warn: (d: Diagnostic) => void): StatsLimits {
  const reported = new Set<string>();
  const onCut = (cut: Cut): void => {
    const at = compiled.expansion.map.toOriginal(cut.span);
    const key = `${at.start}:${at.end}`;
    if (reported.has(key)) return;
    reported.add(key);
    warn({ code: 'truncated', message: cutMessage(cut, maxValues), location: { kind: 'source', span: { start: at.start, end: at.end } }, hints: cutHints(cut) });
  };
  return { maxValues, listMaxSize: 100, onCut };
}

function cutMessage(cut: Cut, maxValues: number): string {
  if (cut.fn === 'list') return `list() kept the first ${cut.kept} of ${cut.total} values, as Splunk does (limits.conf [stats] list_maxsize = 100)`;
  return `values() kept ${cut.kept} of ${cut.total} values: --maxvalues ${maxValues} caps it, as limits.conf [stats] maxvalues does`;
}

function cutHints(cut: Cut): string[] {
  return cut.fn === 'values' ? ['without --maxvalues (or with 0) values() keeps every value, as Splunk does by default'] : [];
}

function rowsCutWarning(cut: RowsCut, max: number): Diagnostic {
  const message = cut.total === undefined
    ? `showed the first ${cut.shown} rows; the search has more (--max-rows ${max} stopped reading)`
    : `showed ${cut.shown} of ${cut.total} rows (--max-rows ${max})`;
  return { code: 'truncated', message, location: { kind: 'none' }, hints: [] };
}
