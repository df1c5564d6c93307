import { afterAll, describe, expect, it } from 'vitest';
import { SpliceError } from '../../src/diagnostics/diagnostic.js';
import { csvSource } from '../../src/ingest/readers/csv.js';
import { readTextChunks } from '../../src/ingest/readers/chunks.js';
import { firstInvalidUtf8 } from '../../src/ingest/readers/utf8.js';
import { collect, tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

/** Pieces of text, valid characters of every UTF-8 length, and the classic invalid sequences. */
const VALID = ['a', 'b', ',', '\n', '\r\n', 'é', '€', '😀', 'Linköping'];
const INVALID = [[0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf5, 0x80], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xe0, 0x80, 0x80], [0xff]];

function randomBytes(next: () => number): Buffer {
  const parts: Buffer[] = [];
  if (next() < 0.2) parts.push(Buffer.from([0xef, 0xbb, 0xbf]));
  parts.push(Buffer.from('x'));
  const count = 1 + Math.floor(next() * 40);
  const broken = next() < 0.5;
  for (let i = 0; i < count; i++) {
    if (broken && next() < 0.05) parts.push(Buffer.from(INVALID[Math.floor(next() * INVALID.length)] as number[]));
    else parts.push(Buffer.from(VALID[Math.floor(next() * VALID.length)] as string));
  }
  return Buffer.concat(parts);
}

/** What a whole-file strict decode says: the text, or the line of the first bad byte (the last line if the file ends mid-character). */
function reference(bytes: Buffer): { text: string } | { line: number } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const at = bad < 0 ? bytes.length : bad;
    return { line: 1 + bytes.subarray(0, at).filter((b) => b === 10).length };
  }
}

async function read(file: string, chunkBytes: number): Promise<{ text: string } | { line: number }> {
  const parts: string[] = [];
  try {
    for await (const chunk of readTextChunks(file, { chunkBytes })) parts.push(chunk);
    return { text: parts.join('') };
  } catch (err) {
    if (err instanceof SpliceError && err.diagnostic.location.kind === 'file') return { line: err.diagnostic.location.line ?? -1 };
    throw err;
  }
}

describe('UTF-8 text chunks', () => {
  it('decode like a strict TextDecoder, and name the same line on bad bytes, whatever the read size', async () => {
    const next = random(5);
    let failures = 0;
    for (let i = 0; i < 150; i++) {
      const bytes = randomBytes(next);
      const file = tmp.write(`r${i}.txt`, bytes);
      const want = reference(bytes);
      if ('line' in want) failures++;
      for (const chunkBytes of [1, 2, 3, 5, 64 * 1024]) expect(await read(file, chunkBytes), `case ${i}, reads of ${chunkBytes}`).toEqual(want);
    }
    expect(failures).toBeGreaterThan(20);
    expect(failures).toBeLessThan(130);
  });

  it('names the line of a NUL byte in a later read', async () => {
    const file = tmp.write('nul.txt', Buffer.concat([Buffer.from('a\nb\nc\n'), Buffer.from([0]), Buffer.from('\n')]));
    expect(await read(file, 2)).toEqual({ line: 4 });
  });
});

describe('batched readers', () => {
  it('deliver the records before a bad row, then the error', async () => {
    const file = tmp.write('late-error.csv', `a\n${'1\n'.repeat(300)}1,2\n`);
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const r of csvSource(file).records()) seen.push(r.line);
      })(),
    ).rejects.toThrow(/2 fields but the header has 1/);
    expect(seen).toHaveLength(300);
    expect((await collect(csvSource(tmp.write('ok.csv', 'a\n1\n2\n')))).map((r) => r.line)).toEqual([2, 3]);
  });
});
