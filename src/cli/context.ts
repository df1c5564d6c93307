import { loadMacroPaths } from '../macros/load.js';
import type { CompileOptions } from '../api/compile.js';
import { openGeoDatabase, resolveGeoDatabasePaths, type GeoDatabase } from '../geo/geo-database.js';
import type { RuntimeContext } from '../runtime/run.js';
import { resolveTimeZone } from '../runtime/time/zone.js';
import { createEvalPort } from '../runtime/eval/port.js';
import type { CliIo } from './io.js';
import { listOf } from './options.js';

export interface SearchFlags {
  readonly macros?: string | readonly string[];
  readonly 'strict-macros'?: boolean;
  readonly mmdb?: string;
  readonly tz?: string;
}

export function compileOptions(flags: SearchFlags): CompileOptions {
  return { macros: loadMacroPaths(listOf(flags.macros)), strictMacros: flags['strict-macros'] ?? false };
}

export function runtimeContext(flags: SearchFlags, io: CliIo): RuntimeContext {
  const timeZone = resolveTimeZone(flags.tz);
  let geo: GeoDatabase | undefined;
  return {
    timeZone,
    // now() is the time the search started, fixed for the whole search (eval docs).
    evalPort: createEvalPort({ now: Math.floor(Date.now() / 1000), timeZone }),
    geo: () => {
      geo ??= openGeoDatabase(resolveGeoDatabasePaths({ ...(flags.mmdb ? { mmdb: flags.mmdb } : {}), env: io.env }));
      return geo;
    },
  };
}
