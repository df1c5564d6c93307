import pg from 'pg';
import type { CustomTypesConfig } from 'pg';
import { errorNowhere } from '../../diagnostics/diagnostic.js';
import type { Cell } from '../engine.js';

/** Type OIDs (pg_type.oid), fixed for PostgreSQL's built-in types. */
const BOOL = 16;
const BYTEA = 17;
const INT8 = 20;
const INT2 = 21;
const INT4 = 23;
const OID = 26;
const JSON_OID = 114;
const FLOAT4 = 700;
const FLOAT8 = 701;
const NUMERIC = 1700;
const JSONB = 3802;

type Parse = (text: string) => Cell;

const asText: Parse = (text) => text;

const asNumber: Parse = (text) => Number(text);

/** COUNT(*) and SUM of integers are int8; a number is exact only below 2^53, so anything larger is refused rather than rounded. */
const asInt8: Parse = (text) => {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw errorNowhere('engine-error', `PostgreSQL returned the integer ${text}, too large to handle exactly (above 2^53)`);
  return n;
};

// pg-types' bytea parser reads both the hex and the escape output formats.
const parseBytea: (text: string) => Buffer = pg.types.getTypeParser(BYTEA, 'text');

/**
 * How result values become Cells, in SQLite's forms: numbers for numeric
 * types, bytes for bytea, text for the rest — json and jsonb included, since
 * the runtime decodes values() lists from their JSON text as SQLite writes
 * them. Booleans are 1 and 0 as in SQLite.
 */
const PARSERS: ReadonlyMap<number, Parse> = new Map<number, Parse>([
  [BOOL, (text) => (text === 't' ? 1 : 0)],
  [BYTEA, parseBytea],
  [INT8, asInt8],
  [INT2, asNumber],
  [INT4, asNumber],
  [OID, asNumber],
  [FLOAT4, asNumber],
  [FLOAT8, asNumber],
  [NUMERIC, asNumber],
  [JSON_OID, asText],
  [JSONB, asText],
]);

/**
 * Type parsers for one client, so the process-wide pg.types stay untouched.
 * Every other type arrives as its text; results are text format (no query
 * asks for binary), so the format argument is ignored.
 */
export const cellTypes: CustomTypesConfig = {
  getTypeParser: (oid: number): Parse => PARSERS.get(oid) ?? asText,
};

/** A parameter as pg sends it: bytes as a Buffer (bound as bytea), the rest as they are. */
export function toParam(value: Cell): string | number | Buffer | null {
  if (!(value instanceof Uint8Array)) return value;
  return Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}
