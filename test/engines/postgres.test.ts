import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ipKeyColumn, type RootTable } from '../../src/datamodels/schema.js';
import { SpliceError } from '../../src/diagnostics/diagnostic.js';
import type { Cell, Engine } from '../../src/engines/engine.js';
import { openPostgres, withSearchPath } from '../../src/engines/postgres/postgres-engine.js';
import { rootTableNamed } from '../../src/datamodels/schema.js';
import { col, param, type Select } from '../../src/sql/ast.js';
import { postgresDialect } from '../../src/sql/dialects/postgres.js';
import { printSelect } from '../../src/sql/print.js';

const BASE_URL = process.env.SPLICE_PG_URL;
const q = (name: string): string => postgresDialect.quoteIdentifier(name);

function traffic(): RootTable {
  const table = rootTableNamed('Network_Traffic.All_Traffic');
  if (table === undefined) throw new Error('no Network_Traffic.All_Traffic table');
  return table;
}

/** A row of `table` with the given cells and NULL everywhere else. */
function rowOf(table: RootTable, cells: Readonly<Record<string, Cell>>): Cell[] {
  return table.columns.map((c) => cells[c.name] ?? null);
}

/** The one cell of a one-row, one-column result. */
function single(rows: Cell[][]): Cell {
  expect(rows).toHaveLength(1);
  expect(rows[0]).toHaveLength(1);
  return rows[0]?.[0] ?? null;
}

async function expectEngineError(work: Promise<unknown>, message: RegExp): Promise<void> {
  const error: unknown = await work.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(SpliceError);
  if (!(error instanceof SpliceError)) return;
  expect(error.diagnostic.code).toBe('engine-error');
  expect(error.message).toMatch(message);
}

describe('PostgreSQL connection failures', () => {
  it('says where it could not connect, without the password', async () => {
    // Port 1 on loopback: nothing listens there, so the refusal is immediate.
    await expectEngineError(openPostgres('postgres://someone:s3cret@127.0.0.1:1/db'), /^cannot connect to PostgreSQL at postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/db: .*ECONNREFUSED/);
    const error: unknown = await openPostgres('postgres://someone:s3cret@127.0.0.1:1/db').catch((e: unknown) => e);
    expect(JSON.stringify(error instanceof SpliceError ? error.diagnostic : error)).not.toContain('s3cret');
  });
});

describe('PostgreSQL URLs', () => {
  it('puts a schema on the search path after the startup options the URL already has', () => {
    const url = withSearchPath('postgres://u@h:5432/db?sslmode=disable&options=-c%20statement_timeout%3D5s', 'my_schema');
    expect(url.startsWith('postgres://u@h:5432/db?')).toBe(true);
    const query = new URLSearchParams(url.slice(url.indexOf('?') + 1));
    expect(query.get('sslmode')).toBe('disable');
    expect(query.get('options')).toBe('-c statement_timeout=5s -c search_path=my_schema');
    expect(new URLSearchParams(withSearchPath('postgres://u@h/db', 's').split('?')[1]).get('options')).toBe('-c search_path=s');
  });
});

describe.skipIf(BASE_URL === undefined)('PostgreSQL engine', () => {
  const base = BASE_URL ?? '';
  const schema = `splice_test_${randomBytes(6).toString('hex')}`;
  /** The server's URL with startup options in this file's schema, written as a user would. */
  const inSchema = (more = ''): string => `${base}${base.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}${more}`)}`;
  let admin: Engine;
  let engine: Engine;

  beforeAll(async () => {
    admin = await openPostgres(base);
    await admin.query({ sql: `CREATE SCHEMA ${q(schema)}`, params: [] });
    engine = await openPostgres(inSchema());
  });

  afterAll(async () => {
    await engine?.close();
    await admin?.query({ sql: `DROP SCHEMA IF EXISTS ${q(schema)} CASCADE`, params: [] });
    await admin?.close();
  });

  it('works in the schema the URL names in its options', async () => {
    expect(await engine.query({ sql: 'SELECT current_schema()', params: [] })).toEqual([[schema]]);
  });

  it('gives a scratch schema that outlives the engine it came from and is gone once closed', async () => {
    const server = await openPostgres(inSchema(' -c statement_timeout=7s'));
    const scratch = await server.scratch();
    await server.close();
    const name = single(await scratch.query({ sql: 'SELECT current_schema()', params: [] }));
    expect(name).toMatch(/^splice_scratch_[0-9a-f]{12}$/);
    // The URL's other options still hold; its search_path gives way to the scratch schema.
    expect(await scratch.query({ sql: 'SHOW statement_timeout', params: [] })).toEqual([['7s']]);
    await scratch.createTable(traffic());
    expect(await scratch.hasTable(traffic().name)).toBe(true);
    expect(await engine.hasTable(traffic().name)).toBe(false);
    await scratch.close();
    expect(await admin.query({ sql: 'SELECT COUNT(*) FROM pg_namespace WHERE nspname = $1', params: [name] })).toEqual([[0]]);
  });

  it('reports a connection the server ended as lost, and still closes', async () => {
    const doomed = await openPostgres(inSchema());
    const pid = single(await doomed.query({ sql: 'SELECT pg_backend_pid()', params: [] }));
    expect(await admin.query({ sql: 'SELECT pg_terminate_backend($1::int, 5000)', params: [pid] })).toEqual([[1]]);
    // The server's goodbye reaches the idle client asynchronously.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expectEngineError(doomed.query({ sql: 'SELECT 1', params: [] }), /^lost the connection to PostgreSQL at .*: terminating connection due to administrator command/);
    await doomed.close();
  });

  it('creates, finds and drops a table whose name has a dot, with C-collated text and IP key indexes', async () => {
    const table = traffic();
    expect(await engine.hasTable(table.name)).toBe(false);
    await engine.createTable(table);
    await engine.createTable(table);
    expect(await engine.hasTable(table.name)).toBe(true);
    // Quoted to_regclass: neither case folding nor the dot may make another name match.
    expect(await engine.hasTable(table.name.toLowerCase())).toBe(false);
    expect(await engine.hasTable('All_Traffic')).toBe(false);

    const types = await engine.query({
      sql: 'SELECT column_name, data_type, collation_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 AND column_name IN ($3, $4, $5) ORDER BY 1',
      params: [schema, table.name, '_time', 'src_ip', ipKeyColumn('src_ip')],
    });
    expect(types).toEqual([
      ['_time', 'double precision', null],
      ['src_ip', 'text', 'C'],
      [ipKeyColumn('src_ip'), 'bytea', null],
    ]);
    const indexed = await engine.query({
      sql: 'SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0] WHERE i.indrelid = to_regclass($1) ORDER BY 1',
      params: [q(table.name)],
    });
    const ipKeys = table.columns.filter((c) => c.isIpKey).map((c) => [c.name]);
    expect(ipKeys.length).toBeGreaterThan(1);
    expect(indexed).toEqual([...ipKeys].sort());

    await engine.dropTable(table);
    await engine.dropTable(table);
    expect(await engine.hasTable(table.name)).toBe(false);
  });

  it('stores and returns every kind of cell unchanged', async () => {
    const table = traffic();
    await engine.createTable(table);
    const texts = ['plain', '', `it's "quoted"`, 'tab\there', 'lines\nand\r\nreturns', 'back\\slash \\N \\. \\x00', 'Grüße, 漢字', 'duck 🦆 emoji', '\\N'];
    const times = [1602633600, 1602633600.125, 0, -1.5, null];
    const keys = [Uint8Array.from([0x00, 0xff, 0x00, 0x0a, 0x09, 0x5c]), Buffer.alloc(0), Buffer.from('ff00', 'hex'), null];
    const rows = texts.map((text, i) => rowOf(table, { src_ip: String(i), action: text, _time: times[i % times.length] ?? null, [ipKeyColumn('src_ip')]: keys[i % keys.length] ?? null }));
    rows.push(rowOf(table, { src_ip: 'nulls' }));
    await engine.insert(table, rows);

    const back = await engine.query({ sql: `SELECT src_ip, action, _time, ${q(ipKeyColumn('src_ip'))} FROM ${q(table.name)} ORDER BY src_ip`, params: [] });
    const expected = rows.map((row) => ['src_ip', 'action', '_time', ipKeyColumn('src_ip')].map((name) => row[table.columns.findIndex((c) => c.name === name)] ?? null));
    const bytesAsLists = (cells: Cell[][]): unknown[][] => cells.map((row) => row.map((cell) => (cell instanceof Uint8Array ? ['bytes', ...cell] : cell)));
    expect(bytesAsLists(back)).toEqual(bytesAsLists(expected));
    // Whole epoch seconds come back as integers, as SQLite's NUMERIC keeps them.
    expect(back.find((row) => row[0] === '0')?.[2]).toSatisfy(Number.isInteger);
    await engine.dropTable(table);
  });

  it('inserts a batch larger than one COPY piece, and later batches add to it', async () => {
    const table = traffic();
    await engine.createTable(table);
    const long = 'x'.repeat(500);
    const batch = Array.from({ length: 5000 }, (_, i) => rowOf(table, { src_ip: `10.0.${i >> 8}.${i & 255}`, action: `${long}${i}`, _time: 1602633600 + i }));
    await engine.insert(table, batch);
    await engine.insert(table, batch.slice(0, 10));
    const [summary] = await engine.query({ sql: `SELECT COUNT(*), COUNT(DISTINCT action), MAX(_time), SUM(length(action)) FROM ${q(table.name)}`, params: [] });
    expect(summary).toEqual([5010, 5000, 1602633600 + 4999, batch.reduce((n, row) => n + String(row[table.columns.findIndex((c) => c.name === 'action')]).length, 0) + 10 * 501]);
    await engine.dropTable(table);
  });

  it('binds parameters of every kind, bytes as bytea', async () => {
    const table = traffic();
    await engine.createTable(table);
    const key = (n: number): Uint8Array => Uint8Array.from([0, 0, 0, n]);
    await engine.insert(table, [1, 2, 3, 4].map((n) => rowOf(table, { src_ip: `ip${n}`, action: n % 2 === 0 ? 'allowed' : 'blocked', _time: 100 + n, [ipKeyColumn('src_ip')]: key(n) })));
    const rows = await engine.query({
      sql: `SELECT src_ip FROM ${q(table.name)} WHERE action = $1 AND _time >= $2 AND ${q(ipKeyColumn('src_ip'))} BETWEEN $3 AND $4 AND ($5::text IS NULL) ORDER BY 1`,
      params: ['allowed', 101.5, key(2), key(4), null],
    });
    expect(rows).toEqual([['ip2'], ['ip4']]);
    await engine.dropTable(table);
  });

  it('runs what the SQL printer writes for PostgreSQL: counts as numbers, values() lists as JSON text', async () => {
    const table = traffic();
    await engine.createTable(table);
    await engine.insert(table, ['b', 'a', 'b', 'A'].map((action, i) => rowOf(table, { action, src_ip: `ip${i % 2}` })));
    const select: Select = {
      kind: 'select',
      columns: [
        { expr: col('src_ip'), alias: 'src_ip' },
        { expr: { kind: 'call', fn: 'COUNT', args: [{ kind: 'star' }] }, alias: 'count' },
        { expr: { kind: 'call', fn: 'json_group_array', args: [col('action')], distinct: true, orderBy: col('action') }, alias: 'values' },
      ],
      from: table.name,
      where: { kind: 'is-null', expr: col('dest_ip'), negated: false },
      groupBy: [col('src_ip')],
      orderBy: [col('src_ip')],
    };
    expect(await engine.query(printSelect(select, postgresDialect))).toEqual([
      ['ip0', 2, '["b"]'],
      ['ip1', 2, '["A", "a"]'],
    ]);
    const filtered = printSelect({ ...select, where: { kind: 'text-equals', left: col('action'), right: param('B'), fold: 'ascii' } }, postgresDialect);
    expect(await engine.query(filtered)).toEqual([['ip0', 2, '["b"]']]);
    await engine.dropTable(table);
  });

  it('returns SQLite forms for PostgreSQL types: json as text, numerics as numbers, booleans as 1 and 0', async () => {
    const rows = await engine.query({
      sql: `SELECT json_agg(x ORDER BY x), jsonb_build_object('k', min(x)), 2::int4, 2.5::float8, 1.25::numeric, TRUE, FALSE, NULL::int8, 9007199254740991::int8 FROM (VALUES ('b'), ('a')) AS v(x)`,
      params: [],
    });
    expect(rows).toEqual([['["a", "b"]', '{"k": "a"}', 2, 2.5, 1.25, 1, 0, null, 9007199254740991]]);
  });

  it('refuses an int8 that a number cannot hold exactly, and goes on working', async () => {
    await expectEngineError(engine.query({ sql: 'SELECT 9007199254740993::int8', params: [] }), /too large/);
    expect(await engine.query({ sql: 'SELECT COUNT(*) FROM generate_series(1, 3)', params: [] })).toEqual([[3]]);
  });

  it('reports refused queries and refused rows as engine errors, and goes on working', async () => {
    await expectEngineError(engine.query({ sql: 'SELECT * FROM "no such table"', params: [] }), /^PostgreSQL refused the query: relation "no such table" does not exist/);
    const table = traffic();
    await engine.createTable(table);
    await expectEngineError(engine.insert(table, [rowOf(table, { _time: 'not a number' })]), /^PostgreSQL refused the query: invalid input syntax for type double precision/);
    await engine.insert(table, [rowOf(table, { _time: 5 })]);
    expect(await engine.query({ sql: `SELECT _time FROM ${q(table.name)}`, params: [] })).toEqual([[5]]);
    await engine.dropTable(table);
  });
});
