import { open, type FileHandle } from 'node:fs/promises';
import type { InputFormat, InputSource } from './record.js';
import { ioError } from './readers/chunks.js';
import { csvSource } from './readers/csv.js';
import { flattenObject, isJsonObject } from './readers/json-values.js';
import { jsonArraySource, ndjsonSource } from './readers/json.js';
import { guessZeekPath, sniffZeekHead, zeekJsonSource, zeekTsvSource } from './readers/zeek.js';

/** Enough for Zeek headers and a first NDJSON line of any realistic width. */
const HEAD_BYTES = 256 * 1024;

/** The start of the file as text, for sniffing only (readers decode strictly themselves). */
async function readHead(file: string): Promise<string> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, 'r');
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buf, 0, HEAD_BYTES, 0);
    return new TextDecoder('utf-8').decode(buf.subarray(0, bytesRead));
  } catch (err) {
    throw ioError(file, err);
  } finally {
    await handle?.close();
  }
}

/** The first line as a JSON object's flattened field names, or undefined. */
function firstObjectFields(head: string): string[] | undefined {
  const text = head.trimStart();
  const nl = text.indexOf('\n');
  try {
    const value: unknown = JSON.parse(nl < 0 ? text : text.slice(0, nl));
    return isJsonObject(value) ? [...flattenObject(value).keys()] : undefined;
  } catch {
    return undefined;
  }
}

function isZeekTsvHead(text: string): boolean {
  for (const line of text.split('\n')) {
    if (!line.startsWith('#')) return false;
    if (line.startsWith('#separator') || line.startsWith('#fields')) return true;
  }
  return false;
}

/** Decides a file's format from its first non-blank bytes. */
export function detectFormat(head: string): InputFormat {
  const text = head.trimStart();
  if (text.startsWith('#') && isZeekTsvHead(text)) return 'zeek-tsv';
  if (text.startsWith('[')) return 'json';
  if (text.startsWith('{')) {
    const fields = firstObjectFields(text);
    return fields !== undefined && fields.includes('id.orig_h') && fields.includes('ts') ? 'zeek-json' : 'ndjson';
  }
  return 'csv';
}

/**
 * Opens an input file, detecting its format unless one is given. Nothing is
 * read past the head here; records() streams the file when iterated.
 */
export async function openInput(file: string, format?: InputFormat): Promise<InputSource> {
  const head = await readHead(file);
  const chosen = format ?? detectFormat(head);
  switch (chosen) {
    case 'csv':
      return csvSource(file);
    case 'json':
      return jsonArraySource(file);
    case 'ndjson':
      return ndjsonSource(file);
    case 'zeek-json':
      return zeekJsonSource(file, guessZeekPath(file, firstObjectFields(head) ?? []));
    case 'zeek-tsv': {
      const sniffed = sniffZeekHead(head);
      return zeekTsvSource(file, sniffed.path ?? guessZeekPath(file, sniffed.fields));
    }
  }
}
