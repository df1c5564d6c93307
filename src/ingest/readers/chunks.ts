import { isUtf8 } from 'node:buffer';
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { errorInFile, SpliceError } from '../../diagnostics/diagnostic.js';
import { countLf, firstInvalidUtf8 } from './utf8.js';

/** Big chunks keep per-chunk overhead (decode call, carry concatenation) negligible. */
const CHUNK_BYTES = 1 << 20;

/** Reader tuning; tests shrink chunks to exercise records split across reads. */
export interface ReadOptions {
  readonly chunkBytes?: number;
}

export function ioError(file: string, err: unknown): SpliceError {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  const why =
    code === 'ENOENT' ? 'no such file'
    : code === 'EISDIR' ? 'is a directory'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : err instanceof Error ? err.message
    : String(err);
  return errorInFile('io-error', `cannot read input file: ${why}`, file);
}

/**
 * Streams a file as strictly decoded UTF-8 text (a leading BOM dropped, as
 * TextDecoder does). Rejects NUL bytes and invalid UTF-8 with the exact line:
 * both mean the file is binary or in another encoding, and silently replacing
 * bytes would alter the values detections match on. Validation is
 * buffer.isUtf8 and decoding Buffer#toString, about twice as fast as a fatal
 * TextDecoder; a character split between reads waits for the next one. Lines
 * are only counted (by reading the file again) when there is an error to place.
 */
export async function* readTextChunks(file: string, options: ReadOptions = {}): AsyncGenerator<string> {
  const stream = createReadStream(file, { highWaterMark: options.chunkBytes ?? CHUNK_BYTES });
  let pending: Buffer | undefined; // an unfinished character (or BOM) from the previous read
  let offset = 0; // file offset of the next read
  let atStart = true;
  try {
    for await (const read of stream as AsyncIterable<Buffer>) {
      let buf = pending === undefined ? read : Buffer.concat([pending, read]);
      let start = offset - (pending?.length ?? 0); // file offset of buf[0]
      offset += read.length;
      pending = undefined;
      if (atStart) {
        if (buf.length < BOM.length && BOM.subarray(0, buf.length).equals(buf)) {
          pending = buf;
          continue;
        }
        atStart = false;
        if (buf.subarray(0, BOM.length).equals(BOM)) {
          buf = buf.subarray(BOM.length);
          start += BOM.length;
        }
      }
      const nul = buf.indexOf(0);
      if (nul >= 0) {
        throw errorInFile('bad-input', 'NUL byte in input: the file looks binary (or UTF-16), not UTF-8 text', file, lineAt(file, start + nul));
      }
      const end = buf.length - unfinishedTail(buf);
      const body = end === buf.length ? buf : buf.subarray(0, end);
      if (!isUtf8(body)) {
        const bad = firstInvalidUtf8(body);
        throw errorInFile('bad-input', 'invalid UTF-8 in input (the file must be UTF-8 text)', file, lineAt(file, start + (bad < 0 ? 0 : bad)));
      }
      if (end < buf.length) pending = Buffer.from(buf.subarray(end));
      if (body.length > 0) yield body.toString('utf8');
    }
  } catch (err) {
    if (err instanceof SpliceError) throw err;
    throw ioError(file, err);
  } finally {
    stream.destroy();
  }
  if (pending !== undefined && pending.length > 0) {
    throw errorInFile('bad-input', 'invalid UTF-8 at end of input: truncated character', file, lineAt(file, offset));
  }
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Bytes at the end of `buf` that begin a character the next read may finish:
 * a lead byte and fewer continuation bytes than it announces, each valid so
 * far. A tail that is already invalid is left in place for isUtf8 to reject
 * now, as TextDecoder would.
 */
function unfinishedTail(buf: Buffer): number {
  for (let back = 1; back <= 3 && back <= buf.length; back++) {
    const b = buf[buf.length - back] as number;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (need <= back) return 0;
    // firstInvalidUtf8 reports -1 for a valid but cut-off sequence, and the offset of an invalid one.
    return firstInvalidUtf8(buf.subarray(buf.length - back)) < 0 ? back : 0;
  }
  return 0;
}

/** 1-based line of the byte at `offset` (the file is read again: error path only). */
function lineAt(file: string, offset: number): number {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(Math.min(CHUNK_BYTES, Math.max(offset, 1)));
    let lines = 1;
    for (let pos = 0; pos < offset; ) {
      const n = readSync(fd, buf, 0, Math.min(buf.length, offset - pos), pos);
      if (n === 0) break;
      lines += countLf(buf, 0, n);
      pos += n;
    }
    return lines;
  } finally {
    closeSync(fd);
  }
}
