import yargs from 'yargs';
import { SpliceError } from '../diagnostics/diagnostic.js';
import { conformanceCommand } from './commands/conformance.js';
import { fmtCommand } from './commands/fmt.js';
import { genCommand } from './commands/gen.js';
import { indexCommand } from './commands/index.js';
import { ingestCommand } from './commands/ingest.js';
import { initCommand } from './commands/init.js';
import { parseCommand } from './commands/parse.js';
import { runCommand } from './commands/run.js';
import { testCommand } from './commands/test.js';
import { translateCommand } from './commands/translate.js';
import { CliFailure, SilentFailure } from './failure.js';
import { UsageError, type CliIo } from './io.js';
import { exitCodeFor, renderDiagnostic } from './render-error.js';

const VERSION = '0.1.0';

// Commands are light definitions (commands/*.ts); each loads its handler
// (commands/handlers/*.ts) with `await import` when it runs, so --version and
// --help skip the parser, runtime and database clients: --version went from
// about 0.9 s to 0.18 s, near node plus yargs (test/cli/lazy-commands.test.ts).

/** Runs the CLI on `argv` (without node and script) and returns the exit status. Never exits the process. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  let helpText = '';
  const cli = yargs([...argv])
    .scriptName('splice')
    .usage('splice: run Splunk SPL detections on SQL engines\n\nUsage: $0 <command> [options]')
    .command(runCommand(io))
    .command(translateCommand(io))
    .command(testCommand(io))
    .command(ingestCommand(io))
    .command(initCommand(io))
    .command(genCommand(io))
    .command(indexCommand(io))
    .command(parseCommand(io))
    .command(fmtCommand(io))
    .command(conformanceCommand(io))
    .option('debug', { type: 'boolean', default: false, describe: 'show stack traces for internal errors' })
    .demandCommand(1, 'name a command: run, translate, test, init, gen, ingest, index, parse, fmt or conformance')
    .strict()
    .version(VERSION)
    .help()
    .alias('h', 'help')
    .wrap(Math.min(110, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((message, error) => {
      throw error ?? new UsageError(message);
    });
  try {
    await cli.parseAsync([...argv], {}, (_err, _args, output) => {
      helpText = output;
    });
    if (helpText !== '') io.stdout(`${helpText}\n`);
    return 0;
  } catch (e) {
    return reportFailure(e, io, debug, helpText);
  }
}

function reportFailure(e: unknown, io: CliIo, debug: boolean, helpText: string): number {
  if (e instanceof SilentFailure) return 1;
  if (e instanceof CliFailure) {
    io.stderr(e.rendered);
    return e.exitCode;
  }
  if (e instanceof SpliceError) {
    io.stderr(renderDiagnostic(e.diagnostic, undefined));
    return exitCodeFor(e);
  }
  if (e instanceof UsageError) {
    io.stderr(`${helpText !== '' ? `${helpText}\n\n` : ''}error: ${e.message}\nrun "splice --help" for usage\n`);
    return 2;
  }
  const message = e instanceof Error ? e.message : String(e);
  io.stderr(`internal error: ${message}\n${debug && e instanceof Error && e.stack ? `${e.stack}\n` : 'run again with --debug for details, and please report it\n'}`);
  return 1;
}
