import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importsOf, sources } from './support/import-graph.js';

const files = [...sources('src'), ...sources('grammar')];
const text = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));

/** Relative imports; type-only imports are erased at run time, so recursive AST types may refer to each other. */
function localImports(file: string, includeTypes = false): readonly string[] {
  return importsOf(file, text.get(file) ?? '', includeTypes).local;
}

describe('architecture', () => {
  it('has no import cycles', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const next of localImports(file)) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('keeps the AST free of other layers', () => {
    for (const f of files.filter((f) => f.startsWith('src/ast/'))) {
      expect(localImports(f, true).every((i) => i.startsWith('src/diagnostics/') || i.startsWith('src/ast/')), f).toBe(true);
    }
  });

  it('lets only src/cli print, exit or read the environment', () => {
    const offenders = files.filter((f) => !f.startsWith('src/cli/') && /\b(console\.|process\.(exit|stdout|stderr|exitCode|env))/.test(text.get(f) ?? ''));
    expect(offenders).toEqual([]);
  });

  it('has no any or ts-ignore escape hatches in product code', () => {
    const offenders = files.filter((f) => /:\s*any\b|\bas any\b|@ts-ignore|@ts-expect-error/.test(text.get(f) ?? ''));
    expect(offenders).toEqual([]);
  });
});
