import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Every .ts file under `dir`, as a path from the repo root. */
export function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** What a module loads: its relative imports as .ts paths from the repo root, and the packages it names. */
export interface Imports {
  readonly local: readonly string[];
  readonly packages: readonly string[];
}

/**
 * A module's static imports and re-exports (a regex over the source, enough
 * for this code base). Type-only ones are erased at run time, so they count
 * only with `includeTypes`; `await import(…)` loads on demand and never counts.
 */
export function importsOf(file: string, text: string, includeTypes = false): Imports {
  const local: string[] = [];
  const packages: string[] = [];
  for (const m of text.matchAll(/^(import|export)( type)?[^']*from '([^']+)'/gm)) {
    if (m[2] !== undefined && !includeTypes) continue;
    const specifier = m[3] ?? '';
    if (!specifier.startsWith('.')) {
      packages.push(specifier);
      continue;
    }
    const target = relative('.', resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
    if (target.endsWith('.ts')) local.push(target);
  }
  return { local, packages };
}

/** The modules loading `file` loads, each with the chain of imports that reaches it (from `file`). */
export function loadedBy(file: string): Map<string, readonly string[]> {
  const chains = new Map<string, readonly string[]>();
  const visit = (module: string, chain: readonly string[]): void => {
    if (chains.has(module)) return;
    chains.set(module, chain);
    const { local, packages } = importsOf(module, readFileSync(module, 'utf8'));
    for (const p of packages) if (!chains.has(p)) chains.set(p, [...chain, p]);
    for (const next of local) visit(next, [...chain, next]);
  };
  visit(file, [file]);
  return chains;
}
