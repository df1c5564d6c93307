import { loadMacroPaths } from '../macros/load.js';
import type { CompileOptions } from '../api/compile.js';
import { createRuntimeContext } from '../api/runtime-context.js';
import type { RuntimeContext } from '../runtime/run.js';
import type { CliIo } from './io.js';
import { listOf } from './options.js';
import { loadLookupStore, NO_LOOKUPS } from '../lookups/store.js';

export interface SearchFlags {
  readonly macros?: string | readonly string[];
  readonly 'strict-macros'?: boolean;
  readonly mmdb?: string;
  readonly tz?: string;
  readonly lookups?: string;
  readonly 'output-dir'?: string;
}

export function compileOptions(flags: SearchFlags): CompileOptions {
  return { macros: loadMacroPaths(listOf(flags.macros)), strictMacros: flags['strict-macros'] ?? false };
}

/** Everything a search needs at run time; lookups named in `lookupNames` are loaded now (all when omitted). */
export async function runtimeContext(flags: SearchFlags, io: CliIo, lookupNames?: Iterable<string>): Promise<RuntimeContext> {
  const lookups = flags.lookups === undefined ? NO_LOOKUPS : await loadLookupStore(flags.lookups, lookupNames === undefined ? {} : { only: lookupNames });
  return createRuntimeContext({
    ...(flags.tz !== undefined ? { tz: flags.tz } : {}),
    ...(flags.mmdb !== undefined ? { mmdb: flags.mmdb } : {}),
    ...(flags['output-dir'] !== undefined ? { outputDir: flags['output-dir'] } : {}),
    lookups,
    env: io.env,
  });
}
