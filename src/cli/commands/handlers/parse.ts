import { parse } from '../../../api/compile.js';
import { compileOptions } from '../../context.js';
import { withSource } from '../../failure.js';
import type { CliIo } from '../../io.js';
import { readSpl } from '../../spl-input.js';
import type { ParseArgs } from '../parse.js';

export async function parseHandler(args: ParseArgs, io: CliIo): Promise<void> {
  const source = readSpl(args.spl, args.file);
  const { expansion, pipeline } = await withSource(source, () => parse(source.text, compileOptions(args)));
  io.stdout(`${JSON.stringify({ expanded: expansion.text, macros: expansion.expanded, ast: pipeline }, null, 2)}\n`);
}
