import type { Options } from 'yargs';
import { OUTPUT_FORMATS } from '../output/format.js';

/**
 * Flags shared by the commands that read a search, declared once. Repeatable
 * flags are plain strings that yargs collects into a list when repeated; an
 * `array` option would swallow the search text that follows it.
 */
export const SEARCH_OPTIONS = {
  file: { alias: 'f', type: 'string', describe: 'read the search from a .spl file or a security_content detection .yml' },
  macros: { type: 'string', describe: 'macro definitions: a macros.conf, a macro .yml, or a directory of them (repeatable)' },
  'strict-macros': { type: 'boolean', default: false, describe: 'treat an undefined *_filter macro as an error instead of `search *`' },
} as const satisfies Record<string, Options>;

/** `--engine URL`: where the data is, for run, translate, ingest, test and conformance. */
export const ENGINE_OPTION = {
  engine: {
    type: 'string',
    describe: 'the SQL engine holding the data: sqlite:FILE (the default; same as --db FILE), duckdb:FILE, postgres://USER@HOST:PORT/DB, clickhouse://HOST:PORT[,HOST:PORT…]/DB[?cluster=NAME] (HTTP ports; every shard listed with a cluster)',
  },
} as const satisfies Record<string, Options>;

export const RUN_OPTIONS = {
  db: { type: 'string', describe: 'SQLite database made by `splice ingest` (opened read-only)' },
  ...ENGINE_OPTION,
  data: { type: 'string', describe: 'load [DM[.Root]=]FILE (CSV, JSON, NDJSON, Zeek conn.log) into a temporary database (repeatable)' },
  mmdb: { type: 'string', describe: 'GeoIP database for iplocation (MaxMind City or DB-IP .mmdb); else $SPLICE_MMDB, else the bundled DB-IP City Lite' },
  lookups: { type: 'string', describe: 'directory of lookup definitions (.yml) and CSV files for lookup and inputlookup, e.g. security_content/lookups' },
  tz: { type: 'string', describe: 'time zone for times and time bins (convert ctime, strftime, relative_time, span=), e.g. UTC or Europe/Berlin (default: this machine\'s zone, as Splunk uses the search head\'s)' },
  format: { type: 'string', choices: OUTPUT_FORMATS, default: 'table', describe: 'output: table for people, csv as Splunk exports, json in Splunk\'s REST shape, jsonl one result per line' },
  'output-dir': { type: 'string', describe: 'let outputlookup and collect write, into this directory only: outputlookup NAME[.csv] writes DIR/NAME.csv, collect index=NAME appends rows to DIR/NAME.ndjson (splice has no indexes); without it they are refused' },
} as const satisfies Record<string, Options>;

/** Limits on a search (README, "Commands"); `splice test` takes --timeout only, per case. */
export const LIMIT_OPTIONS = {
  timeout: { type: 'number', describe: 'stop the search after this many seconds: exit 1 with error[timeout] (it then runs in a child process)' },
  'max-rows': { type: 'number', describe: 'print at most N result rows, with a warning when there were more' },
  maxvalues: { type: 'number', describe: 'the most values values() returns, as limits.conf [stats] maxvalues (default 0: all); list() keeps 100 as Splunk does' },
} as const satisfies Record<string, Options>;

/** A repeatable flag's values: absent, once, or many times. */
export function listOf(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : [...value];
}
