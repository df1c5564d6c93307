import type { ColumnSpec, RootTable } from '../datamodels/schema.js';
import type { SqliteDatabase } from '../exec/sqlite.js';
import { printStatement } from '../sql/ddl.js';
import type { Dialect } from '../sql/dialects/dialect.js';
import { ipKeyBuffer } from './ip-key.js';
import type { InputValue } from './record.js';

type Cell = string | number | Buffer | null;
type Insert = ReturnType<SqliteDatabase['prepare']>;

/** A column set that has its own statement. */
interface Shape {
  readonly bits: readonly number[];
  /** Column indexes bound, in statement order; params is the array passed to run(), refilled per row. */
  readonly columns: readonly number[];
  readonly params: Cell[];
  readonly insert: Insert;
}

/** Column sets that get a statement of their own; rows of rarer shapes bind every column. */
const MAX_SHAPES = 64;

/**
 * Writes records into a dataset's table. A row binds only the columns it has
 * values for (an omitted column is NULL, exactly as a bound NULL): a CIM table
 * has ~75 columns and a flow log fills ~25, and binding the other ~50 NULLs
 * took about a quarter of the insert's time. Rows of one file almost always
 * share a shape, so the last one is kept at hand.
 */
export class RowInserter {
  /** Input fields that are not fields of the dataset. */
  readonly unmapped = new Set<string>();
  private readonly columns: readonly ColumnSpec[];
  /** Field → its value column; the field's IP key column, if any, is in keyColumn. */
  private readonly valueColumn = new Map<string, number>();
  private readonly keyColumn: number[];
  /** Per IP key column, a buffer reused by every row (better-sqlite3 copies bound blobs). */
  private readonly keyScratch: (Buffer | undefined)[];
  private readonly timeColumn: number;
  private readonly cells: Cell[];
  private readonly bits: number[];
  private last: Shape | undefined;
  private readonly shapes = new Map<string, Shape>();
  private wide: Shape | undefined;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly table: RootTable,
    private readonly dialect: Dialect,
  ) {
    this.columns = table.columns;
    this.keyColumn = this.columns.map(() => -1);
    this.columns.forEach((c, i) => {
      if (c.isIpKey) this.keyColumn[this.valueColumn.get(c.field) ?? -1] = i;
      else this.valueColumn.set(c.field, i);
    });
    this.keyScratch = this.columns.map((c) => (c.isIpKey ? Buffer.alloc(5) : undefined));
    this.timeColumn = this.valueColumn.get('_time') ?? -1;
    this.cells = this.columns.map(() => null);
    this.bits = new Array<number>(Math.ceil(this.columns.length / 32)).fill(0);
  }

  /** `time` fills `_time` (epoch seconds, or null); the record's own `_time` text is not stored. */
  insert(fields: ReadonlyMap<string, InputValue>, time: number | null): void {
    const cells = this.cells;
    const bits = this.bits;
    bits.fill(0);
    fields.forEach((value, name) => {
      const at = this.valueColumn.get(name);
      if (at === undefined) {
        this.unmapped.add(name);
        return;
      }
      if (at === this.timeColumn) return;
      const text = typeof value === 'string' ? value : value.join('\n');
      cells[at] = (this.columns[at] as ColumnSpec).multivalue ? jsonList(value) : text;
      setBit(bits, at);
      const key = this.keyColumn[at] as number;
      if (key < 0) return;
      const bytes = ipKeyBuffer(text, this.keyScratch[key]);
      if (bytes === null) return;
      cells[key] = bytes;
      setBit(bits, key);
    });
    if (this.timeColumn >= 0 && time !== null) {
      cells[this.timeColumn] = time;
      setBit(bits, this.timeColumn);
    }
    const shape = this.shapeOf(bits);
    const { columns, params } = shape;
    for (let i = 0; i < columns.length; i++) {
      const at = columns[i] as number;
      params[i] = cells[at] as Cell;
      cells[at] = null;
    }
    shape.insert.run(params);
  }

  private shapeOf(bits: readonly number[]): Shape {
    const last = this.last;
    if (last !== undefined && sameBits(bits, last.bits)) return last;
    const key = bits.join(',');
    let shape = this.shapes.get(key);
    if (shape === undefined && this.shapes.size < MAX_SHAPES) {
      const columns = this.columns.map((_, i) => i).filter((i) => hasBit(bits, i));
      shape = { bits: [...bits], columns, params: columns.map(() => null), insert: this.prepare(columns) };
      this.shapes.set(key, shape);
    }
    // Past MAX_SHAPES: every column bound, the row's absent ones as NULL (cells not set are null).
    shape ??= this.wide ??= this.wideShape();
    this.last = shape;
    return shape;
  }

  private wideShape(): Shape {
    const columns = this.columns.map((_, i) => i);
    return { bits: this.bits.map(() => -1), columns, params: columns.map(() => null), insert: this.prepare(columns) };
  }

  private prepare(columns: readonly number[]): Insert {
    const names = columns.map((i) => (this.columns[i] as ColumnSpec).name);
    return this.db.prepare(printStatement({ kind: 'insert', table: this.table.name, columns: names }, this.dialect));
  }
}

/** Characters JSON.stringify escapes (quote, backslash, controls) or may (surrogates): those texts take the slow path. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** JSON.stringify of the value as a list, built directly when no text needs escaping. */
export function jsonList(value: InputValue): string {
  if (typeof value === 'string') return NEEDS_ESCAPE.test(value) ? JSON.stringify([value]) : `["${value}"]`;
  for (const v of value) if (NEEDS_ESCAPE.test(v)) return JSON.stringify(value);
  return value.length === 0 ? '[]' : `["${value.join('","')}"]`;
}

function setBit(bits: number[], i: number): void {
  bits[i >>> 5] = (bits[i >>> 5] as number) | (1 << (i & 31));
}

function hasBit(bits: readonly number[], i: number): boolean {
  return ((bits[i >>> 5] as number) & (1 << (i & 31))) !== 0;
}

function sameBits(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
