import type { Connection, Submittable } from 'pg';
import type { Cell } from '../engine.js';

/** Characters COPY's text format gives a meaning to, and how a value spells them (https://www.postgresql.org/docs/15/sql-copy.html, "Text Format"). */
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const SPECIAL = /[\\\n\r\t]/;
const SPECIALS = /[\\\n\r\t]/g;

/** One value in COPY text format. Bytes are bytea's hex input `\x…`, its backslash doubled for COPY. */
export function copyField(cell: Cell): string {
  if (cell === null) return '\\N';
  if (typeof cell === 'number') return String(cell);
  // Testing first halves the cost for the usual value, which has nothing to escape.
  if (typeof cell === 'string') return SPECIAL.test(cell) ? cell.replace(SPECIALS, (c) => ESCAPES[c] ?? c) : cell;
  return `\\\\x${Buffer.from(cell.buffer, cell.byteOffset, cell.byteLength).toString('hex')}`;
}

/** Rows as COPY text, in pieces of about `pieceChars` characters so no single string grows with the batch. */
export function* copyText(rows: readonly (readonly Cell[])[], pieceChars = 1 << 20): Generator<Buffer> {
  let piece = '';
  for (const row of rows) {
    piece += `${row.map(copyField).join('\t')}\n`;
    if (piece.length < pieceChars) continue;
    yield Buffer.from(piece, 'utf8');
    piece = '';
  }
  if (piece !== '') yield Buffer.from(piece, 'utf8');
}

/** The parts of pg's Connection a COPY … FROM STDIN needs; pg has them, its type declarations do not list them. */
interface CopyWire {
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
}

function isCopyWire(c: Connection): c is Connection & CopyWire {
  return 'sendCopyFromChunk' in c && typeof c.sendCopyFromChunk === 'function' && 'endCopyFrom' in c && typeof c.endCopyFrom === 'function' && 'sendCopyFail' in c && typeof c.sendCopyFail === 'function';
}

/**
 * A `COPY … FROM STDIN` for pg's Client.query: pg hands a submittable each
 * protocol message of its statement. When the server asks for the data, all
 * of it is written; `done` settles when the server has taken it (or refused it).
 */
export class CopyIn implements Submittable {
  readonly done: Promise<void>;
  private settle: { resolve: () => void; reject: (e: Error) => void } | undefined;
  /** Why the data could not be written, which says more than the server's "COPY from stdin failed". */
  private failure: Error | undefined;

  constructor(
    private readonly statement: string,
    private readonly data: Iterable<Buffer>,
  ) {
    this.done = new Promise<void>((resolve, reject) => {
      this.settle = { resolve, reject };
    });
  }

  submit(connection: Connection): void {
    connection.query(this.statement);
  }

  handleCopyInResponse(connection: Connection): void {
    if (!isCopyWire(connection)) {
      this.handleError(new Error('this version of pg cannot send COPY data'));
      return;
    }
    try {
      for (const chunk of this.data) connection.sendCopyFromChunk(chunk);
      connection.endCopyFrom();
    } catch (e) {
      // The server waits for data until told the copy failed; its error then ends the statement.
      this.failure = e instanceof Error ? e : new Error(String(e));
      connection.sendCopyFail(this.failure.message);
    }
  }

  handleError(error: Error): void {
    this.settle?.reject(this.failure ?? error);
    this.settle = undefined;
  }

  handleReadyForQuery(): void {
    this.settle?.resolve();
    this.settle = undefined;
  }

  // Messages a COPY FROM's exchange may include that need no answer.
  handleCommandComplete(): void {}
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}
