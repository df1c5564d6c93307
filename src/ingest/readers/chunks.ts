import { createReadStream } from 'node:fs';
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
 * Streams a file as strictly decoded UTF-8 text (BOM dropped by TextDecoder).
 * Rejects NUL bytes and invalid UTF-8 with the exact line: both mean the file
 * is binary or in another encoding, and silently replacing bytes would alter
 * the values detections match on.
 */
export async function* readTextChunks(file: string, options: ReadOptions = {}): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const stream = createReadStream(file, { highWaterMark: options.chunkBytes ?? CHUNK_BYTES });
  let linesBefore = 0; // LF bytes in earlier chunks: only to name lines in errors
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const nul = chunk.indexOf(0);
      if (nul >= 0) {
        const line = linesBefore + countLf(chunk, 0, nul) + 1;
        throw errorInFile('bad-input', 'NUL byte in input: the file looks binary (or UTF-16), not UTF-8 text', file, line);
      }
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        const bad = firstInvalidUtf8(chunk);
        const line = linesBefore + countLf(chunk, 0, bad < 0 ? 0 : bad) + 1;
        throw errorInFile('bad-input', 'invalid UTF-8 in input (the file must be UTF-8 text)', file, line);
      }
      linesBefore += countLf(chunk);
      if (text.length > 0) yield text;
    }
  } catch (err) {
    if (err instanceof SpliceError) throw err;
    throw ioError(file, err);
  } finally {
    stream.destroy();
  }
  let tail: string;
  try {
    tail = decoder.decode();
  } catch {
    throw errorInFile('bad-input', 'invalid UTF-8 at end of input: truncated character', file, linesBefore + 1);
  }
  if (tail.length > 0) yield tail;
}
