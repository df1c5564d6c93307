/**
 * One regression case: a search, its data, and the baseline Splunk returned
 * for it, with the comparison settings. Paths are absolute (a suite's are
 * resolved against the suite file's folder).
 */
export interface TestCase {
  readonly name: string;
  /** Where the case was declared (a suite file, a detection .yml, or the command line). */
  readonly origin: string;
  /** A .spl file or a security_content detection .yml; or the search text itself. */
  readonly search: { readonly file: string } | { readonly text: string };
  /** `[DM[.Root]=]FILE` values, as `--data` takes them. */
  readonly data: readonly string[];
  readonly db?: string;
  readonly baseline: string;
  readonly macros: readonly string[];
  readonly lookups?: string;
  readonly mmdb?: string;
  readonly tz?: string;
  readonly settings: CompareSettings;
}

/** The comparison rules a case may change (see README, "splice test"). */
export interface CompareSettings {
  /** Compare rows in order; when absent, ordered exactly when the search ends in sort. */
  readonly ordered?: boolean;
  readonly ignore: readonly string[];
  /** Fields starting with `_` to compare anyway. */
  readonly keep: readonly string[];
  readonly tolerance: number;
}

export const DEFAULT_SETTINGS: CompareSettings = { ignore: [], keep: [], tolerance: 0 };
