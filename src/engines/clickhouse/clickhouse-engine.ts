import { randomBytes } from 'node:crypto';
import type { RootTable } from '../../datamodels/schema.js';
import { errorNowhere } from '../../diagnostics/diagnostic.js';
import { clickhouseDialect, clickhouseLiteral } from '../../sql/dialects/clickhouse.js';
import type { Cell, Engine } from '../engine.js';
import type { EngineTarget } from '../url.js';
import { post, type ClickHouseServer } from './http.js';
import { rowBinaryRows } from './row-binary.js';

const q = (name: string): string => clickhouseDialect.quoteIdentifier(name);

const COLUMN_TYPES = { TEXT: 'Nullable(String)', NUMERIC: 'Nullable(Float64)', BLOB: 'Nullable(String)' } as const;

/** On a cluster, each shard's own table is the dataset's name with this suffix; the dataset's name is the Distributed table. */
const SHARD_SUFFIX = '__shard';

/**
 * ClickHouse over HTTP. With a cluster, every shard (each host of the URL)
 * holds a MergeTree table, and the first host a Distributed table over them
 * that searches read; loaded rows go to the shards' tables in turn, so each
 * shard holds a share. Without one, a single MergeTree table.
 */
export async function openClickHouse(target: Extract<EngineTarget, { kind: 'clickhouse' }>): Promise<Engine> {
  const servers: ClickHouseServer[] = target.hosts.map((host) => ({
    host,
    database: target.database,
    ...(target.user === undefined ? {} : { user: target.user }),
    ...(target.password === undefined ? {} : { password: target.password }),
  }));
  const [first] = servers;
  if (first === undefined) throw errorNowhere('bad-engine', 'a ClickHouse URL needs a host');
  for (const server of servers) await post(server, 'SELECT 1');
  const cluster = target.cluster;
  let turn = 0;
  const shardTable = (table: RootTable): string => (cluster === undefined ? table.name : `${table.name}${SHARD_SUFFIX}`);
  return {
    kind: 'clickhouse',
    dialect: clickhouseDialect,
    label: `clickhouse://${target.hosts.join(',')}/${target.database}${cluster === undefined ? '' : `?cluster=${cluster}`}`,
    async query(printed) {
      if (printed.params.length > 0) throw new RangeError('clickhouse: values are written as literals, so a query has no parameters');
      return cellsOf(await post(first, `${printed.sql}\nFORMAT JSONCompact`));
    },
    async hasTable(name) {
      const rows = cellsOf(await post(first, `SELECT count() FROM system.tables WHERE database = currentDatabase() AND name = ${clickhouseLiteral(name)} FORMAT JSONCompact`));
      return rows[0]?.[0] !== 0;
    },
    async createTable(table) {
      const columns = table.columns.map((c) => `${q(c.name)} ${COLUMN_TYPES[c.sqlType]}`).join(', ');
      const shards = cluster === undefined ? [first] : servers;
      for (const server of shards) await post(server, `CREATE TABLE IF NOT EXISTS ${q(shardTable(table))} (${columns}) ENGINE = MergeTree() ORDER BY tuple()`);
      if (cluster === undefined) return;
      const over = [cluster, target.database, shardTable(table)].map(clickhouseLiteral).join(', ');
      await post(first, `CREATE TABLE IF NOT EXISTS ${q(table.name)} AS ${q(shardTable(table))} ENGINE = Distributed(${over})`);
    },
    async dropTable(table) {
      await post(first, `DROP TABLE IF EXISTS ${q(table.name)}`);
      if (cluster !== undefined) for (const server of servers) await post(server, `DROP TABLE IF EXISTS ${q(shardTable(table))}`);
    },
    async insert(table, rows) {
      const shards = cluster === undefined ? [first] : servers;
      // Row by row in turn, so even a few rows land on every shard and searches read all of them through the Distributed table.
      const shares: (readonly Cell[])[][] = shards.map(() => []);
      for (const row of rows) shares[turn++ % shards.length]?.push(row);
      for (const [i, share] of shares.entries()) {
        if (share.length > 0) await post(shards[i] ?? first, rowBinaryRows(table, share), `INSERT INTO ${q(shardTable(table))} FORMAT RowBinary`);
      }
    },
    async scratch() {
      const database = `splice_scratch_${randomBytes(6).toString('hex')}`;
      for (const server of servers) await post(server, `CREATE DATABASE ${q(database)}`);
      const engine = await openClickHouse({ ...target, database });
      return {
        ...engine,
        async close() {
          for (const server of servers) await post(server, `DROP DATABASE IF EXISTS ${q(database)}`);
        },
      };
    },
    async close() {
      // HTTP: nothing stays open between requests.
    },
  };
}

/** JSONCompact's rows as cells: arrays (groupUniqArray) become JSON text, as SQLite's json_group_array gives them. */
function cellsOf(response: string): Cell[][] {
  const parsed = JSON.parse(response) as { data?: unknown[][] };
  return (parsed.data ?? []).map((row) => row.map(toCell));
}

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return JSON.stringify(value);
}
