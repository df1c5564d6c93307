import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { RootTable } from '../../datamodels/schema.js';
import { errorNowhere, SpliceError } from '../../diagnostics/diagnostic.js';
import { postgresDialect } from '../../sql/dialects/postgres.js';
import type { PrintedSql } from '../../sql/print.js';
import type { Cell, Engine } from '../engine.js';
import { redact } from '../url.js';
import { copyText, CopyIn } from './postgres-copy.js';
import { copyStatement, createTableStatements, dropSchemaStatement, dropTableStatement } from './postgres-ddl.js';
import { cellTypes, toParam } from './postgres-types.js';

/** pg waits forever for a host that does not answer; a search should fail instead. */
const CONNECT_TIMEOUT_MS = 10_000;

const CONNECT_HINT = 'check that the server is running and the URL is right: postgres://USER[:PASSWORD]@HOST:PORT/DATABASE';

/**
 * Connects to PostgreSQL. A schema other than the default can be chosen in the
 * URL, as libpq allows: `?options=-c%20search_path%3DNAME` (pg sends it at startup).
 */
export function openPostgres(url: string): Promise<Engine> {
  return connect(url);
}

async function connect(url: string, scratchSchema?: string): Promise<Engine> {
  const label = redact(url);
  try {
    const client = new pg.Client({ connectionString: url, types: cellTypes, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    const engine = new PostgresEngine(client, url, label, scratchSchema);
    await client.connect();
    return engine;
  } catch (e) {
    throw errorNowhere('engine-error', `cannot connect to PostgreSQL at ${label}: ${reasonOf(e)}`, [CONNECT_HINT]);
  }
}

/** The URL with `schema` first on the search path, after whatever startup options it already gives. */
export function withSearchPath(url: string, schema: string): string {
  const at = url.indexOf('?');
  const query = new URLSearchParams(at < 0 ? '' : url.slice(at + 1));
  const options = query.get('options');
  query.set('options', `${options === null ? '' : `${options} `}-c search_path=${schema}`);
  return `${at < 0 ? url : url.slice(0, at)}?${query.toString()}`;
}

/**
 * One pg.Client, used by one statement at a time: every call waits for the
 * one before (pg would queue them too, but deprecates doing so, and a COPY
 * must not have queries written into the middle of its data).
 */
class PostgresEngine implements Engine {
  readonly kind = 'postgres';
  readonly dialect = postgresDialect;
  private tail: Promise<unknown> = Promise.resolve();
  /** Why the connection broke while idle; pg refuses every query after that. */
  private lost: Error | undefined;

  constructor(
    private readonly client: pg.Client,
    private readonly url: string,
    readonly label: string,
    /** A scratch engine's own schema, dropped when it closes. */
    private readonly scratchSchema?: string,
  ) {
    // Without a listener, a connection that drops between queries would crash the process.
    client.on('error', (e) => {
      this.lost ??= e;
    });
  }

  async query(printed: PrintedSql): Promise<Cell[][]> {
    const result = await this.run(() => this.client.query<Cell[]>({ text: printed.sql, values: printed.params.map(toParam), rowMode: 'array' }));
    return result.rows;
  }

  async hasTable(name: string): Promise<boolean> {
    // to_regclass resolves the name through search_path, as the queries will; quoted, the dot stays part of the name.
    const [row] = await this.query({ sql: 'SELECT to_regclass($1) IS NOT NULL', params: [postgresDialect.quoteIdentifier(name)] });
    return row?.[0] === 1;
  }

  async createTable(table: RootTable): Promise<void> {
    for (const statement of createTableStatements(table)) await this.run(() => this.client.query(statement));
  }

  async dropTable(table: RootTable): Promise<void> {
    await this.run(() => this.client.query(dropTableStatement(table)));
  }

  /**
   * By COPY … FROM STDIN in text format: 200,000 rows in 5,000-row batches into
   * Alerts.Alerts (29 columns) took 1.7–2.1 s, against 8.0–8.2 s for
   * multi-row INSERT … VALUES with bound parameters; into
   * Network_Traffic.All_Traffic (75 columns, 5 indexed bytea keys) 7.3–8.3 s
   * against 27–29.5 s (PostgreSQL 15 on loopback, fsync off, 2 busy cores).
   */
  async insert(table: RootTable, rows: readonly (readonly Cell[])[]): Promise<void> {
    if (rows.length === 0) return;
    const width = table.columns.length;
    const bad = rows.findIndex((row) => row.length !== width);
    if (bad >= 0) throw new RangeError(`insert into ${table.name}: row ${bad} has ${rows[bad]?.length} cells for ${width} columns`);
    await this.run(() => this.client.query(new CopyIn(copyStatement(table), copyText(rows))).done);
  }

  /** A schema of its own on a connection of its own, so it outlives this engine (callers close the server's engine first). */
  async scratch(): Promise<Engine> {
    // Lower-case hex: the same name unquoted in search_path as quoted here.
    const schema = `splice_scratch_${randomBytes(6).toString('hex')}`;
    await this.run(() => this.client.query(`CREATE SCHEMA ${postgresDialect.quoteIdentifier(schema)}`));
    try {
      return await connect(withSearchPath(this.url, schema), schema);
    } catch (e) {
      await this.run(() => this.client.query(dropSchemaStatement(schema)));
      throw e;
    }
  }

  async close(): Promise<void> {
    const schema = this.scratchSchema;
    try {
      // A scratch schema on a lost connection stays behind: there is no session left to drop it from.
      if (schema !== undefined && this.lost === undefined) await this.run(() => this.client.query(dropSchemaStatement(schema)));
    } finally {
      await this.run(() => this.client.end());
    }
  }

  /** Runs one exchange after the previous one ends, turning pg's errors into SpliceErrors. */
  private run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(async () => {
      try {
        return await work();
      } catch (e) {
        throw this.refusal(e);
      }
    });
    this.tail = result.catch(() => undefined);
    return result;
  }

  private refusal(e: unknown): SpliceError {
    if (e instanceof SpliceError) return e;
    if (this.lost !== undefined) return errorNowhere('engine-error', `lost the connection to PostgreSQL at ${this.label}: ${reasonOf(this.lost)}`);
    if (e instanceof pg.DatabaseError) return errorNowhere('engine-error', `PostgreSQL refused the query: ${reasonOf(e)}`);
    // Not the server's answer: the connection failed mid-statement, or COPY data could not be written.
    return errorNowhere('engine-error', `a statement on PostgreSQL at ${this.label} failed: ${reasonOf(e)}`);
  }
}

/** An error's message; Node's connect gives an AggregateError with an empty message when every address of a host refuses. */
function reasonOf(e: unknown): string {
  if (e instanceof AggregateError && e.message === '') return e.errors.map(reasonOf).join('; ');
  if (e instanceof Error) return e.message === '' ? e.name : e.message;
  return String(e);
}
