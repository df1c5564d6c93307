import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { errorAt } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';

/*
 * Files that outputlookup and collect write under `--output-dir`. A search
 * names them, so a name is only ever a plain file name inside that directory.
 */

/** Windows device names, which open a device instead of a file whatever the extension (CON, NUL.csv, COM1.txt…). */
const DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i;

/** Why `name` is not a plain file name, or undefined when it is one. */
export function whyNotPlainName(name: string): string | undefined {
  if (name === '') return 'it is empty';
  if (name.includes('..')) return 'it contains ".."';
  if (/[/\\]/.test(name)) return 'it contains a path separator';
  // Controls include NUL; ':' is a drive (C:x) or an NTFS stream (x.csv:s).
  if (/[\u0000-\u001f\u007f:]/.test(name)) return 'it contains a control character or ":"';
  if (name.startsWith('.')) return 'it starts with "."';
  if (/[ .]$/.test(name)) return 'it ends with a space or "."';
  if (DEVICE_NAME.test(name)) return 'it is a device name';
  if (Buffer.byteLength(name) > 200) return 'it is longer than 200 bytes';
  return undefined;
}

/** `name` when it is a plain file name; otherwise a positioned error saying why not. */
export function plainFileName(name: string, what: string, at: Span): string {
  const why = whyNotPlainName(name);
  if (why !== undefined) throw errorAt('invalid-argument', `${what} "${name}" is not a plain file name: ${why}`, at, ['name a file inside --output-dir, e.g. results.csv']);
  return name;
}

/** Whether `dir/name` exists; something there that is not a regular file is refused, never replaced. */
export function fileExists(dir: string, name: string, at: Span): boolean {
  const path = join(dir, name);
  let isFile: boolean;
  try {
    isFile = lstatSync(path).isFile();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw ioError(e, path, at, 'read');
  }
  // A symbolic link could point outside the directory; a directory is not ours to replace.
  if (!isFile) throw errorAt('io-error', `${path} exists and is not a regular file`, at);
  return true;
}

/** The bytes of `dir/name`, a regular file, or undefined when there is none. */
export function readExisting(dir: string, name: string, at: Span): Buffer | undefined {
  if (!fileExists(dir, name, at)) return undefined;
  try {
    return readFileSync(join(dir, name));
  } catch (e) {
    throw ioError(e, join(dir, name), at, 'read');
  }
}

/**
 * Replaces `dir/name` with `content` as one step: the bytes go to a new
 * temporary file in the same directory, reach the disk, and are renamed over
 * the target, so a crash leaves the old file or the new one, never half of one.
 */
export function writeFileAtomically(dir: string, name: string, content: string | Buffer, at: Span): void {
  fileExists(dir, name, at);
  const target = join(dir, name);
  const temp = join(dir, `.${name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    // 'wx' fails if the temporary name exists, so it never follows a planted link.
    const fd = openSync(temp, 'wx', 0o644);
    try {
      writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    throw ioError(e, target, at);
  }
}

/** Deletes `dir/name` if it exists (outputlookup with no results). */
export function removeFile(dir: string, name: string, at: Span): void {
  try {
    rmSync(join(dir, name), { force: true });
  } catch (e) {
    throw ioError(e, join(dir, name), at);
  }
}

function ioError(e: unknown, path: string, at: Span, verb: 'read' | 'write' = 'write'): Error {
  const code = (e as NodeJS.ErrnoException).code;
  const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOSPC' ? 'no space left on the device' : e instanceof Error ? e.message : String(e);
  return errorAt('io-error', `cannot ${verb} ${path}: ${why}`, at);
}
