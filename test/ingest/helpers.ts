import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { SpliceError, type Diagnostic, type DiagnosticCode } from '../../src/diagnostics/diagnostic.js';
import type { InputRecord, InputSource, InputValue } from '../../src/ingest/record.js';

/** A temp directory for fixtures, removed by the returned cleanup. */
export function tempDir(): { dir: string; write(name: string, content: string | Uint8Array): string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'splice-ingest-'));
  return {
    dir,
    write(name, content) {
      const file = join(dir, name);
      writeFileSync(file, content);
      return file;
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function collect(source: InputSource): Promise<InputRecord[]> {
  const out: InputRecord[] = [];
  for await (const r of source.records()) out.push(r);
  return out;
}

/** Records as plain objects, for toEqual. */
export async function plain(source: InputSource): Promise<{ line: number; values: Record<string, InputValue> }[]> {
  return (await collect(source)).map((r) => ({ line: r.line, values: Object.fromEntries(r.values) }));
}

/** Expects the promise to reject with a SpliceError of that code, in `file` at `line`. */
export async function expectFileError(
  promise: Promise<unknown>,
  code: DiagnosticCode,
  file: string,
  line?: number,
  message?: RegExp,
): Promise<Diagnostic> {
  let caught: unknown;
  try {
    await promise;
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(SpliceError);
  const d = (caught as SpliceError).diagnostic;
  expect(d.code).toBe(code);
  expect(d.location.kind).toBe('file');
  if (d.location.kind === 'file') {
    expect(d.location.file).toBe(file);
    expect(d.location.line).toBe(line);
  }
  if (message) expect(d.message).toMatch(message);
  return d;
}
