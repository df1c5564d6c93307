import { withSource } from '../../failure.js';
import { UsageError, type CliIo } from '../../io.js';
import type { RunFlags } from '../../run-search.js';
import { readSpl } from '../../spl-input.js';
import type { RunArgs } from '../run.js';

export async function runHandler(args: RunArgs, io: CliIo): Promise<void> {
  const source = readSpl(args.spl, args.file);
  const flags = runFlags(args);
  const timeout = args.timeout;
  if (timeout !== undefined && !(timeout > 0)) throw new UsageError('--timeout must be a number of seconds, more than 0');
  // Without --timeout the search runs here, as it always did; with it, in a child process that can be killed at the deadline.
  // Each loads only its side: under --timeout the child loads the parser and runtime, so this process need not.
  await withSource(source, async () =>
    timeout === undefined
      ? (await import('../../run-search.js')).runSearch(source, flags, io)
      : (await import('../../search-host.js')).runSearchInChild(source, flags, io, timeout),
  );
}

/** The flags the search needs, checked. yargs' arguments are plain data, so they can go to a child process as they are. */
function runFlags(args: RunArgs): RunFlags {
  const maxRows = args['max-rows'];
  if (maxRows !== undefined && !(Number.isInteger(maxRows) && maxRows >= 1)) throw new UsageError('--max-rows must be a whole number, 1 or more');
  const maxvalues = args.maxvalues;
  if (maxvalues !== undefined && !(Number.isInteger(maxvalues) && maxvalues >= 0)) throw new UsageError('--maxvalues must be a whole number, 0 (no cap) or more');
  return args;
}
