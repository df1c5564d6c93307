import { errorInFile } from '../diagnostics/diagnostic.js';
import type { LookupDefinition } from './definitions.js';

/**
 * How a lookup matches, from its definition (a transforms.conf stanza in
 * security_content YAML form). Reference for every setting:
 * https://docs.splunk.com/Documentation/Splunk/latest/Admin/Transformsconf
 * and "Add field matching rules to your lookup configuration"
 * https://docs.splunk.com/Documentation/Splunk/latest/Knowledge/Addfieldmatchingrulestoyourlookupconfiguration
 */
export type MatchKind = 'exact' | 'wildcard' | 'cidr';

export interface LookupSettings {
  /** Lookup field → how its values match; fields not listed match exactly ("Default: EXACT"). */
  readonly matchTypes: ReadonlyMap<string, MatchKind>;
  readonly caseSensitive: boolean;
  readonly minMatches: number;
  readonly maxMatches: number;
  /** Absent when the definition sets none: Splunk's default is the empty string, which splice models as no value. */
  readonly defaultMatch?: string;
}

/**
 * transforms.conf.spec: "Default: 100 matches if the time_field setting is not
 * specified". (Older spec versions said 1000; current ones and the Knowledge
 * Manager Manual say 100.) splice has no time-bound lookups, so 100 always applies.
 */
export const DEFAULT_MAX_MATCHES = 100;

/** The settings of a definition; a malformed value is refused rather than guessed at. */
export function lookupSettings(definition: LookupDefinition): LookupSettings {
  const bad = (what: string): never => {
    throw errorInFile('bad-input', `lookup "${definition.name}": ${what}`, definition.source);
  };
  const count = (text: string | undefined, key: string, fallback: number, min: number, max: number): number => {
    if (text === undefined) return fallback;
    const n = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
    return n >= min && n <= max ? n : bad(`${key} must be a whole number from ${min} to ${max}, not "${text}"`);
  };
  return {
    matchTypes: parseMatchTypes(definition.matchType, bad),
    // "case_sensitive_match = <boolean> … Default: true".
    caseSensitive: parseBool(definition.caseSensitiveMatch, true, () => bad(`case_sensitive_match must be true or false, not "${definition.caseSensitiveMatch}"`)),
    // "min_matches … Default = 0"; "max_matches … (range 1 - 1000)".
    minMatches: count(definition.minMatches, 'min_matches', 0, 0, 1000),
    maxMatches: count(definition.maxMatches, 'max_matches', DEFAULT_MAX_MATCHES, 1, 1000),
    ...(definition.defaultMatch === undefined ? {} : { defaultMatch: definition.defaultMatch }),
  };
}

/**
 * "match_type = <string> * A comma and space-delimited list of
 * <match_type>(<field_name>) … The available match_type values are WILDCARD,
 * CIDR, and EXACT." security_content writes e.g. `WILDCARD(a),WILDCARD(b)` and
 * `WILDCARD(a), WILDCARD(b)`.
 */
function parseMatchTypes(text: string | undefined, bad: (what: string) => never): Map<string, MatchKind> {
  const out = new Map<string, MatchKind>();
  if (text === undefined) return out;
  const item = /^\s*(\w+)\s*\(\s*([^()]*?)\s*\)\s*$/;
  for (const part of text.split(/,(?![^(]*\))/)) {
    if (part.trim() === '') continue;
    const m = item.exec(part);
    const kind = m?.[1]?.toUpperCase();
    const field = m?.[2] ?? '';
    if (kind !== 'EXACT' && kind !== 'WILDCARD' && kind !== 'CIDR') return bad(`match_type "${part.trim()}" is not EXACT(field), WILDCARD(field) or CIDR(field)`);
    if (field === '') return bad(`match_type "${part.trim()}" names no field`);
    out.set(field, kind === 'WILDCARD' ? 'wildcard' : kind === 'CIDR' ? 'cidr' : 'exact');
  }
  return out;
}

/** Splunk .conf booleans accept true/false, t/f, 1/0 and yes/no in any case. */
function parseBool(text: string | undefined, fallback: boolean, bad: () => never): boolean {
  if (text === undefined) return fallback;
  const t = text.trim().toLowerCase();
  if (['true', 't', '1', 'yes', 'y'].includes(t)) return true;
  if (['false', 'f', '0', 'no', 'n'].includes(t)) return false;
  return bad();
}
