import type { Argv, CommandModule } from 'yargs';
import { compile } from '../../api/compile.js';
import { describeStage } from '../../plan/describe.js';
import { sqliteDialect } from '../../sql/dialects/sqlite.js';
import { printSelect } from '../../sql/print.js';
import type { SqlValue } from '../../sql/ast.js';
import { compileOptions } from '../context.js';
import { withSource } from '../failure.js';
import { renderDiagnostic } from '../render-error.js';
import type { CliIo } from '../io.js';
import { SEARCH_OPTIONS } from '../options.js';
import { readSpl } from '../spl-input.js';

interface TranslateArgs {
  spl?: string;
  file?: string;
  macros?: string | string[];
  'strict-macros'?: boolean;
  json?: boolean;
}

/** Parameters as SQL literals for people to read; the query itself always binds them. */
function showValue(value: SqlValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `'${value.replace(/'/g, "''")}'`;
  return `x'${Buffer.from(value).toString('hex')}'`;
}

export function translateCommand(io: CliIo): CommandModule<object, TranslateArgs> {
  return {
    command: 'translate [spl]',
    describe: 'show the SQL a search becomes, its bound parameters, and the stages that run in splice after it',
    builder: (y: Argv) =>
      y
        .positional('spl', { type: 'string', describe: 'the search text (or use -f FILE)' })
        .options({ ...SEARCH_OPTIONS, json: { type: 'boolean', default: false, describe: 'print {sql, params, runtime} as JSON' } })
        .example('$0 translate -f examples/detect_outbound_smb_traffic.spl', 'show the SQLite query for the reference detection') as unknown as Argv<TranslateArgs>,
    handler: async (args) => {
      const source = readSpl(args.spl, args.file);
      const compiled = await withSource(source, () => compile(source.text, compileOptions(args)));
      for (const warning of compiled.warnings) io.stderr(renderDiagnostic(warning, source));
      const planSource = compiled.plan.source;
      const printed = planSource.kind === 'sql' ? printSelect(planSource.select, sqliteDialect) : undefined;
      const runtime = compiled.plan.stages.map(describeStage);
      if (args.json) {
        const params = (printed?.params ?? []).map((p) => (p instanceof Uint8Array ? { hex: Buffer.from(p).toString('hex') } : p));
        io.stdout(`${JSON.stringify({ engine: sqliteDialect.name, sql: printed?.sql ?? null, params, runtime }, null, 2)}\n`);
        return;
      }
      const out = printed
        ? [`-- SQL (${sqliteDialect.name}), from tstats:`, `${printed.sql};`, '-- parameters:', ...printed.params.map((p, i) => `--   ?${i + 1} = ${showValue(p)}`)]
        : [`-- no SQL: inputlookup ${planSource.kind === 'inputlookup' ? planSource.table.text : ''} reads the lookup's rows in splice`];
      out.push(runtime.length === 0 ? '-- runtime stages: none' : '-- runtime stages (run by splice on the SQL result, in order):');
      out.push(...runtime.map((r, i) => `--   ${i + 1}. ${r}`));
      io.stdout(`${out.join('\n')}\n`);
    },
  };
}
