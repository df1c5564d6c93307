import type { Argv, CommandModule } from 'yargs';
import type { CliIo } from '../io.js';
import { SEARCH_OPTIONS } from '../options.js';

export interface ParseArgs {
  spl?: string;
  file?: string;
  macros?: string | string[];
  'strict-macros'?: boolean;
}

export function parseCommand(io: CliIo): CommandModule<object, ParseArgs> {
  return {
    command: 'parse [spl]',
    describe: 'print the macro-expanded search and its AST as JSON (spans are offsets into the expanded text)',
    builder: (y: Argv) =>
      y.positional('spl', { type: 'string', describe: 'the search text (or use -f FILE)' }).options(SEARCH_OPTIONS) as unknown as Argv<ParseArgs>,
    handler: async (args) => (await import('./handlers/parse.js')).parseHandler(args, io),
  };
}
