import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yargs from 'yargs';
import { describe, expect, it } from 'vitest';
import { fmtCommand } from '../../src/cli/commands/fmt.js';
import { CliFailure } from '../../src/cli/failure.js';

/** Runs `splice fmt …` through its yargs module alone (app.ts registers it separately). */
async function fmtCli(args: readonly string[]): Promise<string> {
  let stdout = '';
  const io = { stdout: (t: string) => { stdout += t; }, stderr: () => {}, env: {}, colour: false };
  await yargs(['fmt', ...args]).command(fmtCommand(io)).strict().exitProcess(false).fail((message, error) => { throw error ?? new Error(message); }).parseAsync();
  return stdout;
}

describe('splice fmt', () => {
  it('prints the canonical search and a newline', async () => {
    expect(await fmtCli(['index=main   user=x |rename a AS b'])).toBe('index=main user=x\n| rename a as b\n');
  });

  it('reads a file and expands macros', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'splice-fmt-'));
    writeFileSync(join(dir, 'macros.conf'), '[failed]\ndefinition = action=failure\n');
    writeFileSync(join(dir, 'search.spl'), '`failed` user=x\n');
    expect(await fmtCli(['-f', join(dir, 'search.spl'), '--macros', join(dir, 'macros.conf')])).toBe('action=failure user=x\n');
  });

  it('renders a syntax error against the search', async () => {
    const error = await fmtCli(['| rename a']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliFailure);
  });
});
