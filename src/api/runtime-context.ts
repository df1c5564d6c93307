import { openGeoDatabase, resolveGeoDatabasePaths, type GeoDatabase } from '../geo/geo-database.js';
import type { LookupStore } from '../lookups/store.js';
import { createEvalPort } from '../runtime/eval/port.js';
import type { RuntimeContext } from '../runtime/run.js';
import { resolveTimeZone } from '../runtime/time/zone.js';

export interface RuntimeSettings {
  /** An IANA zone name; the machine's zone when absent, as Splunk uses the search head's. */
  readonly tz?: string;
  readonly lookups: LookupStore;
  readonly mmdb?: string;
  /** The environment, for $SPLICE_MMDB. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The search's start time (epoch seconds), which now() returns; the current time when absent. */
  readonly now?: number;
  /** The only directory outputlookup and collect may write into; they are refused without it. */
  readonly outputDir?: string;
}

/** Everything a search needs at run time. The GeoIP database opens only when a stage asks for it. */
export function createRuntimeContext(settings: RuntimeSettings): RuntimeContext {
  const timeZone = resolveTimeZone(settings.tz);
  let geo: GeoDatabase | undefined;
  return {
    timeZone,
    lookups: settings.lookups,
    ...(settings.outputDir !== undefined ? { outputDir: settings.outputDir } : {}),
    // now() is the time the search started, fixed for the whole search (eval docs).
    evalPort: createEvalPort({ now: settings.now ?? Math.floor(Date.now() / 1000), timeZone }),
    geo: () => {
      geo ??= openGeoDatabase(resolveGeoDatabasePaths({ ...(settings.mmdb ? { mmdb: settings.mmdb } : {}), env: settings.env }));
      return geo;
    },
  };
}
