import { request } from 'node:http';
import { errorNowhere } from '../../diagnostics/diagnostic.js';

/** One ClickHouse server's HTTP interface (https://clickhouse.com/docs/en/interfaces/http). */
export interface ClickHouseServer {
  /** `host:port` */
  readonly host: string;
  readonly database: string;
  readonly user?: string;
  readonly password?: string;
}

/**
 * URL settings for every request. Output settings only work here, not in a
 * query's SETTINGS clause (measured on 18.16): 64-bit counts as JSON numbers,
 * not strings; statements longer than the default 256 KiB are accepted. The
 * default limit of 50,000 syntax-tree nodes stays: 18.16 refuses a search of
 * about 4,000 values with "AST is too big", and with the limit raised it
 * analysed such a query for over ten minutes (measured), so a clear refusal
 * is the better answer.
 */
const SETTINGS: Readonly<Record<string, string>> = {
  output_format_json_quote_64bit_integers: '0',
  max_query_size: String(64 * 1024 * 1024),
};

/** Sends `body` (a statement, or a statement then its data) and returns the response text; a refusal throws engine-error. */
export function post(server: ClickHouseServer, body: string | Buffer, query?: string): Promise<string> {
  const params = new URLSearchParams({ database: server.database, ...SETTINGS, ...(server.user === undefined ? {} : { user: server.user }), ...(server.password === undefined ? {} : { password: server.password }) });
  if (query !== undefined) params.set('query', query);
  const [hostname = '', port = ''] = splitHost(server.host);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port: Number(port), method: 'POST', path: `/?${params.toString()}`, headers: { 'Content-Type': 'text/plain; charset=utf-8' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if (res.statusCode === 200) resolve(text);
        else reject(errorNowhere('engine-error', `ClickHouse at ${server.host} refused the query: ${firstLine(text)}`));
      });
      res.on('error', (e) => reject(unreachable(server, e)));
    });
    req.on('error', (e) => reject(unreachable(server, e)));
    req.end(body);
  });
}

function splitHost(host: string): [string, string] {
  const at = host.lastIndexOf(':');
  return [host.slice(0, at).replace(/^\[|\]$/g, ''), host.slice(at + 1)];
}

function unreachable(server: ClickHouseServer, e: Error): Error {
  return errorNowhere('engine-error', `cannot reach ClickHouse at ${server.host}: ${e.message}`, ['is the server up? scripts/engines up starts a local 2-shard cluster']);
}

/** ClickHouse errors start "Code: N, e.displayText() = DB::Exception: …"; the stack after it helps nobody. */
function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').replace(/^Code: \d+, e\.displayText\(\) = /, '').slice(0, 500);
}
