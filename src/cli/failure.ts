import { SpliceError } from '../diagnostics/diagnostic.js';
import type { SourceText } from '../api/search-source.js';
import { exitCodeFor, renderDiagnostic } from './render-error.js';

/** An error already rendered against the text it points into, with its exit status. */
export class CliFailure extends Error {
  constructor(readonly rendered: string, readonly exitCode: number) {
    super(rendered);
  }
}

/** Runs `work`; a SpliceError from it is rendered against `source`. */
export async function withSource<T>(source: SourceText | undefined, work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof SpliceError) throw new CliFailure(renderDiagnostic(e.diagnostic, source), exitCodeFor(e));
    throw e;
  }
}

/** The command has already said what went wrong; the CLI exits 1 without another message. */
export class SilentFailure extends Error {}
