import type { Argv, CommandModule } from 'yargs';
import type { CliIo } from '../io.js';
import { SEARCH_OPTIONS } from '../options.js';

export interface FmtArgs {
  spl?: string;
  file?: string;
  macros?: string | string[];
  'strict-macros'?: boolean;
}

export function fmtCommand(io: CliIo): CommandModule<object, FmtArgs> {
  return {
    command: 'fmt [spl]',
    describe: 'print the macro-expanded search in canonical form, one command a line',
    builder: (y: Argv) =>
      y.positional('spl', { type: 'string', describe: 'the search text (or use -f FILE)' }).options(SEARCH_OPTIONS) as unknown as Argv<FmtArgs>,
    handler: async (args) => (await import('./handlers/fmt.js')).fmtHandler(args, io),
  };
}
