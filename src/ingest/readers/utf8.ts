/**
 * Locating the first bad byte of invalid UTF-8. TextDecoder only says "invalid",
 * so this runs on the error path alone, to name the exact line.
 */

/** True for a UTF-8 continuation byte (10xxxxxx). */
function isCont(b: number | undefined): boolean {
  return b !== undefined && (b & 0xc0) === 0x80;
}

/**
 * Offset of the first byte that starts an invalid UTF-8 sequence, or -1.
 * A sequence cut off by the end of `bytes` is not invalid (the next chunk may
 * finish it); up to three leading continuation bytes are skipped because they
 * may finish a sequence begun in the previous chunk.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < 3 && i < bytes.length && isCont(bytes[i])) i++;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let len: number;
    let min2 = 0x80;
    let max2 = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      len = 3;
      if (b === 0xe0) min2 = 0xa0; // overlong
      if (b === 0xed) max2 = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4;
      if (b === 0xf0) min2 = 0x90; // overlong
      if (b === 0xf4) max2 = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k < len; k++) {
      if (i + k >= n) return -1; // truncated at chunk end: not (yet) an error
      const c = bytes[i + k] as number;
      const ok = k === 1 ? c >= min2 && c <= max2 : isCont(c);
      if (!ok) return i;
    }
    i += len;
  }
  return -1;
}

/** Number of LF bytes in bytes[from, to). */
export function countLf(bytes: Buffer, from = 0, to = bytes.length): number {
  let count = 0;
  let i = bytes.indexOf(10, from);
  while (i >= 0 && i < to) {
    count++;
    i = bytes.indexOf(10, i + 1);
  }
  return count;
}

/** Number of '\n' characters in text[from, to). */
export function countNewlines(text: string, from = 0, to = text.length): number {
  let count = 0;
  let i = text.indexOf('\n', from);
  while (i >= 0 && i < to) {
    count++;
    i = text.indexOf('\n', i + 1);
  }
  return count;
}
