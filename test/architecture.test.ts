import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every source file of the product, keyed by its path from the repo root. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const files = [...sources('src'), ...sources('grammar')];
const text = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));

/** Relative imports; type-only imports are erased at run time, so recursive AST types may refer to each other. */
function localImports(file: string, includeTypes = false): string[] {
  const out: string[] = [];
  for (const m of (text.get(file) ?? '').matchAll(/^(import|export)( type)?[^']*from '(\.[^']+)'/gm)) {
    if (m[2] !== undefined && !includeTypes) continue;
    const path = m[3] ?? '';
    const target = relative('.', resolve(dirname(file), path.replace(/\.js$/, '.ts')));
    if (target.endsWith('.ts')) out.push(target);
  }
  return out;
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
