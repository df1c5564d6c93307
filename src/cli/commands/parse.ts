import type { Argv, CommandModule } from 'yargs';
import { parse } from '../../api/compile.js';
import { compileOptions } from '../context.js';
import { withSource } from '../failure.js';
import type { CliIo } from '../io.js';
import { SEARCH_OPTIONS } from '../options.js';
import { readSpl } from '../spl-input.js';

interface ParseArgs {
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
    handler: async (args) => {
      const source = readSpl(args.spl, args.file);
      const { expansion, pipeline } = await withSource(source, () => parse(source.text, compileOptions(args)));
      io.stdout(`${JSON.stringify({ expanded: expansion.text, macros: expansion.expanded, ast: pipeline }, null, 2)}\n`);
    },
  };
}
