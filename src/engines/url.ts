import { errorNowhere } from '../diagnostics/diagnostic.js';

/** Where a search's data is, from `--engine URL`. */
export type EngineTarget =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'duckdb'; readonly file: string }
  | { readonly kind: 'postgres'; readonly url: string }
  | {
      readonly kind: 'clickhouse';
      /** HTTP endpoints `host:port`; queries go to the first, and with a cluster each is one shard. */
      readonly hosts: readonly string[];
      readonly database: string;
      readonly cluster?: string;
      readonly user?: string;
      readonly password?: string;
      /** Which ClickHouse SQL to write: 18.16 (Debian's) or a modern server. */
      readonly version: ClickHouseVersion;
    };

export type ClickHouseVersion = 'legacy' | 'modern';

/** `version=` values: Debian's 18.16, or a server with query parameters, window functions and IP range functions. */
const VERSIONS: ReadonlyMap<string, ClickHouseVersion> = new Map([['18.16', 'legacy'], ['modern', 'modern']]);

const FORMS = [
  'sqlite:FILE (the default engine; the same as --db FILE)',
  'duckdb:FILE (":memory:" for a database that lasts one command)',
  'postgres://USER@HOST:PORT/DATABASE',
  'clickhouse://HOST:PORT[,HOST:PORT…]/DATABASE[?cluster=NAME][&version=18.16|modern] (HTTP ports)',
];

/** Parses `--engine`. A malformed URL is refused with the forms that are accepted. */
export function parseEngineUrl(text: string): EngineTarget {
  const bad = (why: string): never => {
    throw errorNowhere('bad-engine', `bad --engine "${redact(text)}": ${why}`, [`accepted forms: ${FORMS.join('; ')}`]);
  };
  const scheme = /^([a-z]+):/i.exec(text)?.[1]?.toLowerCase();
  switch (scheme) {
    case 'sqlite':
    case 'duckdb': {
      const file = text.slice(scheme.length + 1).replace(/^\/\//, '');
      if (file === '') bad('no file after the scheme');
      return { kind: scheme, file };
    }
    case 'postgres':
    case 'postgresql':
      return { kind: 'postgres', url: text };
    case 'clickhouse':
      return clickhouseTarget(text, bad);
    default:
      return bad('unknown engine');
  }
}

function clickhouseTarget(text: string, bad: (why: string) => never): EngineTarget {
  const m = /^clickhouse:\/\/(?:([^:@/]+)(?::([^@/]*))?@)?([^/?]+)(?:\/([^?]*))?(?:\?(.*))?$/i.exec(text);
  if (!m) return bad('expected clickhouse://HOST:PORT/DATABASE');
  const [, user, password, hostList = '', database = '', query = ''] = m;
  const hosts = hostList.split(',');
  if (hosts.some((h) => !/^[A-Za-z0-9.\-[\]:]+:\d+$/.test(h))) bad('each host needs its HTTP port (HOST:PORT)');
  const params = new URLSearchParams(query);
  for (const key of params.keys()) if (key !== 'cluster' && key !== 'version') bad(`unknown option "${key}" (cluster, version)`);
  const versionText = params.get('version') ?? '18.16';
  const version = VERSIONS.get(versionText) ?? bad(`unknown version "${versionText}" (18.16 or modern)`);
  // splice writes only SQL that 18.16 accepts, which newer servers accept too; nothing yet needs a newer server's SQL.
  if (version === 'modern') bad('version=modern is not written yet: leave version out (18.16\'s SQL runs on newer servers too)');
  const cluster = params.get('cluster') ?? undefined;
  if (cluster === '') bad('cluster= needs the cluster\'s name');
  if (cluster !== undefined && hosts.length < 2) bad('a cluster needs every shard\'s HTTP endpoint: HOST:PORT,HOST:PORT…');
  return {
    kind: 'clickhouse',
    hosts,
    database: database === '' ? 'default' : decodeURIComponent(database),
    version,
    ...(cluster === undefined ? {} : { cluster }),
    ...(user === undefined ? {} : { user: decodeURIComponent(user) }),
    ...(password === undefined ? {} : { password: decodeURIComponent(password) }),
  };
}

/**
 * The URL with any password replaced, for messages. The password runs from
 * the first ':' after the user to the last '@' (clients read it so: `p@ss`
 * and `se/cret` are passwords too).
 */
export function redact(url: string): string {
  const start = url.indexOf('://');
  if (start < 0) return url;
  const at = url.lastIndexOf('@');
  const colon = url.indexOf(':', start + 3);
  if (at < 0 || colon < 0 || colon > at) return url;
  return `${url.slice(0, colon)}:***${url.slice(at)}`;
}
