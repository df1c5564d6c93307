import type { Argv, CommandModule } from 'yargs';
import { parse } from '../../api/compile.js';
import { formatPipeline } from '../../fmt/format.js';
import { compileOptions } from '../context.js';
import { withSource } from '../failure.js';
import type { CliIo } from '../io.js';
import { SEARCH_OPTIONS } from '../options.js';
import { readSpl } from '../spl-input.js';

interface FmtArgs {
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
    handler: async (args) => {
      const source = readSpl(args.spl, args.file);
      const { pipeline } = await withSource(source, () => parse(source.text, compileOptions(args)));
      io.stdout(`${formatPipeline(pipeline)}\n`);
    },
  };
}
