import { parse } from '../../../api/compile.js';
import { formatPipeline } from '../../../fmt/format.js';
import { compileOptions } from '../../context.js';
import { withSource } from '../../failure.js';
import type { CliIo } from '../../io.js';
import { readSpl } from '../../spl-input.js';
import type { FmtArgs } from '../fmt.js';

export async function fmtHandler(args: FmtArgs, io: CliIo): Promise<void> {
  const source = readSpl(args.spl, args.file);
  const { pipeline } = await withSource(source, () => parse(source.text, compileOptions(args)));
  io.stdout(`${formatPipeline(pipeline)}\n`);
}
