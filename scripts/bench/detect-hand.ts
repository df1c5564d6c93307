/**
 * Child-process task: the best hand-written SQLite query for the reference
 * detection's tstats part, on the same database file, timed the same way as
 * splice (open the file, run, rows ready).
 *
 * The query reads the stored IP keys (`*_ip__ipkey`: a version byte, then the
 * address bytes) that the table holds for CIDR tests, with the CIDR bounds written
 * as blob literals. The detection's runtime part is done here too so both sides
 * produce the same rows: rename is the column aliases, ctime (UTC) is strftime in
 * the SQL, and iplocation, which SQLite cannot do, uses the same GeoIP files and
 * lookup code as splice, once per distinct dest_ip. That GeoIP work is reported
 * as its own part.
 */
import Database from 'better-sqlite3';
import { openGeoDatabase, resolveGeoDatabasePaths } from '../../src/geo/geo-database.js';
import { locate } from '../../src/geo/locate.js';
import type { TaskResult } from './protocol.js';
import { writeResultRows, type ResultRow } from './result-rows.js';

/**
 * `action=allowed (dest_port=139 OR dest_port=445 OR app=smb)`, src_ip in 10/8,
 * 172.16/12 or 192.168/16, dest_ip in none of those nor 100.64/10 (a NULL dest_ip
 * is in none), grouped by src_ip, dest_ip, dest_port with tstats' fillnull "null".
 * The unary `+` on the IP keys keeps SQLite (which has no statistics without
 * ANALYZE) from reading most of the table through the src_ip index, one row at a
 * time: the three private ranges hold most sources, and a plain scan is about
 * five times faster.
 */
export const HAND_WRITTEN_SQL = `
SELECT src_ip,
       IFNULL(dest_ip, 'null') AS dest_ip,
       IFNULL(dest_port, 'null') AS dest_port,
       strftime('%Y-%m-%dT%H:%M:%S', MIN(_time), 'unixepoch') AS start_time,
       strftime('%Y-%m-%dT%H:%M:%S', MAX(_time), 'unixepoch') AS end_time,
       group_concat(DISTINCT action ORDER BY action) AS action,
       group_concat(DISTINCT app ORDER BY app) AS app,
       group_concat(DISTINCT sourcetype ORDER BY sourcetype) AS sourcetype,
       COUNT(*) AS count
FROM "Network_Traffic.All_Traffic"
WHERE action = 'allowed'
  AND (dest_port IN ('139', '445') OR app = 'smb')
  AND (+src_ip__ipkey BETWEEN x'040a000000' AND x'040affffff'
    OR +src_ip__ipkey BETWEEN x'04ac100000' AND x'04ac1fffff'
    OR +src_ip__ipkey BETWEEN x'04c0a80000' AND x'04c0a8ffff')
  AND (+dest_ip__ipkey BETWEEN x'040a000000' AND x'040affffff'
    OR +dest_ip__ipkey BETWEEN x'04ac100000' AND x'04ac1fffff'
    OR +dest_ip__ipkey BETWEEN x'04c0a80000' AND x'04c0a8ffff'
    OR +dest_ip__ipkey BETWEEN x'0464400000' AND x'04647fffff') IS NOT TRUE
GROUP BY src_ip, dest_ip, dest_port
ORDER BY src_ip, dest_ip, dest_port`;

type SqlRow = [string, string, string, string, string, string | null, string | null, string | null, number];

/** Multivalue fields one value a line; group_concat's comma is safe here (no value holds one). */
const lines = (list: string | null): string | undefined => (list === null ? undefined : list.split(',').join('\n'));

export function detectHandTask(dbPath: string, rowsOut: string): TaskResult {
  const start = performance.now();
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  let sqlRows: SqlRow[];
  try {
    sqlRows = db.prepare(HAND_WRITTEN_SQL).raw(true).all() as SqlRow[];
  } finally {
    db.close();
  }
  const sqlDone = performance.now();
  const geo = openGeoDatabase(resolveGeoDatabasePaths({ env: process.env }));
  const places = new Map<string, ReadonlyMap<string, string> | null>();
  const rows = sqlRows.map(([src_ip, dest_ip, dest_port, start_time, end_time, action, app, sourcetype, count]): ResultRow => {
    let place = places.get(dest_ip);
    if (place === undefined) {
      place = locate(geo, dest_ip, { allfields: false, lang: [] });
      places.set(dest_ip, place);
    }
    const row: Record<string, string> = { src_ip, dest_ip, dest_port, start_time, end_time, count: String(count) };
    for (const [name, value] of [['action', lines(action)], ['app', lines(app)], ['sourcetype', lines(sourcetype)]] as const) if (value !== undefined) row[name] = value;
    for (const [name, value] of place ?? []) row[name] = value;
    return row;
  });
  const ms = performance.now() - start;
  writeResultRows(rowsOut, rows);
  return { ms, rows: rows.length, parts: { sql: sqlDone - start, geoip: ms - (sqlDone - start) } };
}
