import { errorNowhere } from '../../diagnostics/diagnostic.js';
import { daysFromCivil, SECONDS_PER_DAY } from './civil.js';

/** A time zone as the formatter needs it: UTC offset and abbreviation at an instant. */
export interface TimeZone {
  readonly name: string;
  /**
   * Minutes east of UTC at the instant. Usually an integer; historical local-mean-time
   * offsets (e.g. New York before 1883 is -4:56:02) give a fraction, exact to the second.
   */
  offsetMinutes(epochMs: number): number;
  /**
   * Abbreviation at the instant, from Intl's `timeZoneName: 'short'`. We ask en-US first
   * (EST/EDT, PST, HST, GMT); when it only has a "GMT+5:30"-style name we ask en-GB, en-IN
   * and en-AU (CET/CEST, BST, IST, AEST, LHST...) and use the first real name. If none has
   * one, the "GMT+5:30"-style string is returned as is (Splunk/tzdata would print e.g.
   * "JST" or "+09"; Intl offers no way to get those). ICU's names also differ from tzdata's
   * in places (Lord Howe is LHST/LHDT, tzdata "+1030"/"+11"), and for many zones start only
   * in 1970, so New York before 1970 is "GMT-5" rather than "EST".
   */
  abbreviation(epochMs: number): string;
}

const UNKNOWN_ZONE_HINT = 'use an IANA time zone name such as "America/New_York" or "Europe/London", or "UTC"';

/**
 * Intl lookups cost microseconds and run per row, so results are cached per UTC day when the
 * zone agrees with itself at both ends of the day, else per 15 minutes the same way, else not
 * at all (an off-grid historical change such as Kolkata's 1906 +5:21:10 to +5:30, or
 * Newfoundland's 00:01 changes). This assumes a zone never changes and changes back within
 * one such span; we know of no zone that does.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
const QUARTER_HOUR_MS = 15 * 60 * 1000;
const CACHE_LIMIT = 16_384;
/** ECMAScript's time range; Intl throws outside it, so bucket probes are clamped to it. */
const MAX_MS = 8.64e15;
const FALLBACK_LOCALES = ['en-GB', 'en-IN', 'en-AU'] as const;
const GMT_STYLE = /^GMT[+-]/;

class UtcZone implements TimeZone {
  constructor(readonly name: string) {}
  offsetMinutes(_epochMs: number): number {
    return 0;
  }
  abbreviation(_epochMs: number): string {
    return 'UTC';
  }
}

/** What one Intl lookup tells us; `abbreviation` is filled lazily since only %Z needs it. */
interface Probe {
  readonly at: number;
  readonly offsetSeconds: number;
  readonly usName: string;
  abbreviation: string | undefined;
}

class IntlZone implements TimeZone {
  private readonly wall: Intl.DateTimeFormat;
  private fallbacks: Intl.DateTimeFormat[] | undefined;
  /** UTC day number -> the day's probe, or null when the zone changes during that day. */
  private readonly days = new Map<number, Probe | null>();
  private readonly quarters = new Map<number, Probe | null>();

  constructor(
    readonly name: string,
    private readonly id: string,
  ) {
    // One formatter per zone, reused for every row (formatter construction is the expensive part).
    this.wall = new Intl.DateTimeFormat('en-US', {
      timeZone: id,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      timeZoneName: 'short',
    });
  }

  offsetMinutes(epochMs: number): number {
    return this.lookup(epochMs).offsetSeconds / 60;
  }

  abbreviation(epochMs: number): string {
    const probe = this.lookup(epochMs);
    probe.abbreviation ??= this.betterName(probe);
    return probe.abbreviation;
  }

  private lookup(epochMs: number): Probe {
    return this.cached(this.days, DAY_MS, epochMs) ?? this.cached(this.quarters, QUARTER_HOUR_MS, epochMs) ?? this.probe(epochMs);
  }

  /** The probe for `epochMs`'s span of `spanMs`, or undefined if the zone changes within that span. */
  private cached(cache: Map<number, Probe | null>, spanMs: number, epochMs: number): Probe | undefined {
    const key = Math.floor(epochMs / spanMs);
    let entry = cache.get(key);
    if (entry === undefined) {
      const start = this.probe(Math.max(key * spanMs, -MAX_MS));
      const end = this.probe(Math.min(key * spanMs + spanMs - 1, MAX_MS));
      entry = start.offsetSeconds === end.offsetSeconds && start.usName === end.usName ? start : null;
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, entry);
    }
    return entry ?? undefined;
  }

  /** Offset = wall-clock seconds Intl shows minus the UTC seconds of the instant. */
  private probe(epochMs: number): Probe {
    let year = 0;
    let month = 1;
    let day = 1;
    let hour = 0;
    let minute = 0;
    let second = 0;
    let bc = false;
    let usName = '';
    for (const part of this.wall.formatToParts(epochMs)) {
      switch (part.type) {
        case 'year': year = Number(part.value); break;
        case 'month': month = Number(part.value); break;
        case 'day': day = Number(part.value); break;
        case 'hour': hour = Number(part.value) % 24; break; // some ICU versions print 24 for midnight
        case 'minute': minute = Number(part.value); break;
        case 'second': second = Number(part.value); break;
        case 'era': bc = part.value === 'BC' || part.value === 'B'; break;
        case 'timeZoneName': usName = part.value; break;
        default: break;
      }
    }
    if (bc) year = 1 - year; // astronomical year numbering: 1 BC is year 0
    const wallSeconds = daysFromCivil(year, month, day) * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second;
    const offsetSeconds = wallSeconds - Math.floor(epochMs / 1000);
    return { at: epochMs, offsetSeconds, usName, abbreviation: GMT_STYLE.test(usName) ? undefined : usName };
  }

  private betterName(probe: Probe): string {
    this.fallbacks ??= FALLBACK_LOCALES.map((locale) => new Intl.DateTimeFormat(locale, { timeZone: this.id, timeZoneName: 'short' }));
    for (const formatter of this.fallbacks) {
      const name = formatter.formatToParts(probe.at).find((part) => part.type === 'timeZoneName')?.value;
      if (name !== undefined && !GMT_STYLE.test(name)) return name;
    }
    return probe.usName;
  }
}

/** Whether the zone is UTC itself (no offset, ever). */
export function isUtc(zone: TimeZone): boolean {
  return zone instanceof UtcZone;
}

const zones = new Map<string, TimeZone>();

/**
 * The zone named `name` (an IANA name such as "America/New_York", or "UTC"; case-insensitive,
 * as Intl is), or the system zone when `name` is undefined, as Splunk formats in the search
 * head's zone. Zones are cached, so each row shares one set of formatters.
 * @throws SpliceError 'bad-timezone' for a name Intl does not know.
 */
export function resolveTimeZone(name: string | undefined): TimeZone {
  const requested = name ?? systemZoneName();
  const cached = zones.get(requested);
  if (cached !== undefined) return cached;
  // "UTC" needs no zone data: skipping Intl saves loading ICU's (about 15 ms, a visible share of a short search).
  if (requested.toUpperCase() === 'UTC') {
    const utc = new UtcZone('UTC');
    zones.set(requested, utc);
    return utc;
  }
  let id: string;
  try {
    id = new Intl.DateTimeFormat('en-US', { timeZone: requested }).resolvedOptions().timeZone;
  } catch (error) {
    if (error instanceof RangeError) {
      throw errorNowhere('bad-timezone', `unknown time zone "${requested}"`, [UNKNOWN_ZONE_HINT]);
    }
    throw error;
  }
  // Keep the user's spelling (ICU canonicalizes Asia/Kolkata to Asia/Calcutta) but fix its case.
  const display = id.toLowerCase() === requested.toLowerCase() ? id : requested;
  const zone: TimeZone = id === 'UTC' ? new UtcZone(display) : new IntlZone(display, id);
  zones.set(requested, zone);
  return zone;
}

function systemZoneName(): string {
  // resolvedOptions().timeZone can be undefined on Node builds without ICU zone data.
  const system: string | undefined = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return system === undefined || system === '' ? 'UTC' : system;
}
