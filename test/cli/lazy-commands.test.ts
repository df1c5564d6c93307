import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GEN_DEFAULTS } from '../../src/cli/commands/gen.js';
import { DEFAULT_GEN_OPTIONS } from '../../src/gen/options.js';
import { loadedBy } from '../support/import-graph.js';

/**
 * `splice --version` and `--help` load app.ts and every command's definition;
 * handlers load with `await import` when their command runs (src/cli/app.ts).
 * These keep the parser, the runtime, SQL and database clients out of that startup.
 */
const HEAVY_MODULES = ['src/parser/', 'grammar/', 'src/runtime/', 'src/exec/', 'src/engines/', 'src/plan/'];
const HEAVY_PACKAGES = ['chevrotain', 'better-sqlite3', 'pg', '@duckdb/node-api', 'maxmind'];

const COMMANDS = 'src/cli/commands';
const tsNames = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();
const definitions = tsNames(COMMANDS).map((f) => `${COMMANDS}/${f}`);

function isHeavy(module: string): boolean {
  return HEAVY_MODULES.some((dir) => module.startsWith(dir)) || HEAVY_PACKAGES.some((p) => module === p || module.startsWith(`${p}/`));
}

/** Where `file` first reaches a heavy module, as the chain of imports that leads there. */
function heavyChains(file: string): string[] {
  return [...loadedBy(file).values()]
    .filter((chain) => isHeavy(chain.at(-1) ?? '') && !chain.slice(0, -1).some(isHeavy))
    .map((chain) => chain.join(' → '));
}

describe('lazy command handlers', () => {
  it('gives every command a definition and a handler module of the same name', () => {
    expect(definitions).toHaveLength(10);
    expect(tsNames(`${COMMANDS}/handlers`)).toEqual(tsNames(COMMANDS));
  });

  it.each(['src/cli/app.ts', ...definitions])('%s loads nothing heavy', (file) => {
    expect(heavyChains(file)).toEqual([]);
  });

  it('sees a heavy import where there is one', () => {
    expect(heavyChains(`${COMMANDS}/handlers/translate.ts`).length).toBeGreaterThan(0);
  });

  it('leaves the runtime to the child process under --timeout', () => {
    expect(heavyChains(`${COMMANDS}/handlers/run.ts`)).toEqual([]);
    expect(heavyChains('src/cli/case-host.ts')).toEqual([]);
  });

  it('shows gen\'s default start as the ISO time of the generator\'s own default', () => {
    expect(GEN_DEFAULTS).toEqual({ start: '2024-10-01T00:00:00Z', days: DEFAULT_GEN_OPTIONS.days });
  });
});
