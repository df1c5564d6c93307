import { loadMacroPaths } from '../macros/load.js';
import type { CompileOptions } from '../api/compile.js';
import { openGeoDatabase, resolveGeoDatabasePaths, type GeoDatabase } from '../geo/geo-database.js';
import type { RuntimeContext } from '../runtime/run.js';
import { resolveTimeZone } from '../runtime/time/zone.js';
import { createEvalPort } from '../runtime/eval/port.js';
import type { CliIo } from './io.js';
import { listOf } from './options.js';
import { loadLookupStore, NO_LOOKUPS } from '../lookups/store.js';

export interface SearchFlags {
  readonly macros?: string | readonly string[];
  readonly 'strict-macros'?: boolean;
  readonly mmdb?: string;
  readonly tz?: string;
  readonly lookups?: string;
}

export function compileOptions(flags: SearchFlags): CompileOptions {
  return { macros: loadMacroPaths(listOf(flags.macros)), strictMacros: flags['strict-macros'] ?? false };
}

/** Everything a search needs at run time; lookups named in `lookupNames` are loaded now (all when omitted). */
export async function runtimeContext(flags: SearchFlags, io: CliIo, lookupNames?: Iterable<string>): Promise<RuntimeContext> {
  const timeZone = resolveTimeZone(flags.tz);
  let geo: GeoDatabase | undefined;
  const lookups = flags.lookups === undefined ? NO_LOOKUPS : await loadLookupStore(flags.lookups, lookupNames === undefined ? {} : { only: lookupNames });
  return {
    timeZone,
    lookups,
    // now() is the time the search started, fixed for the whole search (eval docs).
    evalPort: createEvalPort({ now: Math.floor(Date.now() / 1000), timeZone }),
    geo: () => {
      geo ??= openGeoDatabase(resolveGeoDatabasePaths({ ...(flags.mmdb ? { mmdb: flags.mmdb } : {}), env: io.env }));
      return geo;
    },
  };
}
