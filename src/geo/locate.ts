/**
 * Splunk's iplocation fields for one address, from either record layout:
 * MaxMind GeoIP2 (nested, localized `names`, also used by DB-IP's own .mmdb files) or the
 * flat @ip-location-db layout (`city`, `country_code`, `state1`, `latitude`, ...).
 */
import { parseLookupIp, type GeoDatabase, type GeoRecord } from './geo-database.js';

export interface LocateOptions {
  readonly allfields: boolean;
  /** Preferred languages in priority order; 'code' means ISO codes. English is the fallback. */
  readonly lang: readonly string[];
}

export const DEFAULT_FIELDS = ['City', 'Country', 'Region', 'lat', 'lon'] as const;
export const ALL_FIELDS = ['City', 'Continent', 'Country', 'MetroCode', 'Region', 'Timezone', 'lat', 'lon'] as const;
export type IplocationField = (typeof ALL_FIELDS)[number];

/** The field names Splunk adds, in its order. */
export function iplocationFieldNames(allfields: boolean): readonly IplocationField[] {
  return allfields ? ALL_FIELDS : DEFAULT_FIELDS;
}

function get(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** Splunk prints coordinates with five decimals ("37.75100"). */
function coordinate(value: unknown): string {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) return '';
  const fixed = n.toFixed(5);
  return /^-0\.0+$/.test(fixed) ? fixed.slice(1) : fixed;
}

function languages(lang: readonly string[]): string[] {
  return [...lang.map((l) => l.trim()).filter((l) => l !== ''), 'en'];
}

/** A MaxMind-layout entity's name: first requested language it has, 'code' taking its ISO code. */
function entityName(entity: unknown, codeKey: string | null, lang: readonly string[]): string {
  const names = get(entity, 'names');
  for (const l of languages(lang)) {
    const value = l.toLowerCase() === 'code' ? (codeKey === null ? undefined : get(entity, codeKey)) : nameIn(names, l);
    if (typeof value === 'string' && value !== '') return value;
  }
  return '';
}

/** Exact language key first (MaxMind uses 'pt-BR', 'zh-CN'), then any case. */
function nameIn(names: unknown, lang: string): unknown {
  const exact = get(names, lang);
  if (exact !== undefined || typeof names !== 'object' || names === null) return exact;
  const key = Object.keys(names).find((k) => k.toLowerCase() === lang.toLowerCase());
  return key === undefined ? undefined : get(names, key);
}

function maxmindFields(record: GeoRecord, lang: readonly string[]): Record<IplocationField, string> {
  const location = record['location'];
  const subdivisions = record['subdivisions'];
  const firstSubdivision = Array.isArray(subdivisions) ? (subdivisions as unknown[])[0] : undefined;
  return {
    City: entityName(record['city'], null, lang),
    Continent: entityName(record['continent'], 'code', lang),
    Country: entityName(record['country'], 'iso_code', lang),
    MetroCode: text(get(location, 'metro_code')),
    Region: entityName(firstSubdivision, 'iso_code', lang),
    Timezone: text(get(location, 'time_zone')),
    lat: coordinate(get(location, 'latitude')),
    lon: coordinate(get(location, 'longitude')),
  };
}

let englishRegions: Intl.DisplayNames | undefined;

function englishCountryName(code: string): string {
  englishRegions ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  try {
    return englishRegions.of(code.toUpperCase()) ?? code;
  } catch {
    return code; // not a well-formed region code
  }
}

/** The flat layout carries only English names and the country code; other languages fall back to English. */
function flatFields(record: GeoRecord, lang: readonly string[]): Record<IplocationField, string> {
  const code = text(record['country_code']);
  // The first requested language this layout can serve decides: 'code', or English (always appended).
  const served = languages(lang).find((l) => l.toLowerCase() === 'code' || l.toLowerCase() === 'en');
  const wantsCode = served?.toLowerCase() === 'code';
  return {
    City: text(record['city']),
    Continent: '',
    Country: code === '' ? '' : wantsCode ? code : englishCountryName(code),
    MetroCode: '',
    Region: text(record['state1']),
    Timezone: text(record['timezone']),
    lat: coordinate(record['latitude']),
    lon: coordinate(record['longitude']),
  };
}

function isFlatLayout(record: GeoRecord): boolean {
  return typeof record['country_code'] === 'string' || typeof record['city'] === 'string';
}

/**
 * The iplocation fields (unprefixed, in Splunk's order) for `ip`, or null when Splunk adds none:
 * unparsable text, private or reserved addresses, and addresses the database does not know.
 */
export function locate(db: GeoDatabase, ip: string, opts: LocateOptions): Map<string, string> | null {
  const address = parseLookupIp(ip);
  if (address === null || address.range() !== 'unicast') return null;
  const record = db.lookup(address.toString());
  if (record === null) return null;
  const fields = isFlatLayout(record) ? flatFields(record, opts.lang) : maxmindFields(record, opts.lang);
  return new Map(iplocationFieldNames(opts.allfields).map((name) => [name, fields[name]] as const));
}
