import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api/compile.js';
import type { EvalExpr } from '../../src/ast/eval.js';
import { SpliceError } from '../../src/diagnostics/diagnostic.js';
import { loadMacroPaths } from '../../src/macros/load.js';
import { compileAssignment } from '../../src/runtime/eval/assign.js';
import { compileEval } from '../../src/runtime/eval/compile.js';
import { UTC } from './helpers.js';

/** The ESCU corpus next to the repo (spl-semantics.md, commit b13b314a); optional. */
const corpus = resolve(import.meta.dirname, '../../../shared/corpus/security_content');
const present = existsSync(join(corpus, 'detections.jsonl'));

/** Every eval/where expression in a parsed pipeline, however deeply nested. */
function expressions(node: unknown, out: { expr: EvalExpr; assigned: boolean }[] = []): { expr: EvalExpr; assigned: boolean }[] {
  if (Array.isArray(node)) {
    for (const child of node) expressions(child, out);
  } else if (typeof node === 'object' && node !== null) {
    const n = node as { kind?: unknown; assignments?: unknown; expr?: unknown };
    if ((n.kind === 'eval' || n.kind === 'fieldformat') && Array.isArray(n.assignments)) {
      for (const a of n.assignments as { expr: EvalExpr }[]) out.push({ expr: a.expr, assigned: true });
      return out;
    }
    if ((n.kind === 'where' || n.kind === 'eval') && typeof n.expr === 'object' && n.expr !== null && 'span' in n.expr) {
      out.push({ expr: n.expr as EvalExpr, assigned: false });
      return out;
    }
    for (const value of Object.values(node)) expressions(value, out);
  }
  return out;
}

function hasTemplate(expr: unknown): boolean {
  return JSON.stringify(expr).includes('"kind":"template"');
}

describe.skipIf(!present)('eval expressions of the ESCU detections', () => {
  it('all compile, except the refusals listed', () => {
    const macros = loadMacroPaths([join(corpus, 'macros')]);
    const detections = readFileSync(join(corpus, 'detections.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');
    let compiled = 0;
    const problems = new Map<string, number>();
    for (const line of detections) {
      const { search } = JSON.parse(line) as { search?: string };
      if (search === undefined) continue;
      let pipeline: unknown;
      try {
        pipeline = parse(search, { macros }).pipeline;
      } catch {
        continue; // the parser's concern, not the interpreter's
      }
      for (const { expr, assigned } of expressions(pipeline)) {
        if (hasTemplate(expr)) continue;
        try {
          // Run each once on an empty row: every field null must not crash anything.
          if (assigned) compileAssignment(expr)(new Map(), UTC);
          else compileEval(expr)(new Map(), UTC);
          compiled++;
        } catch (e) {
          if (!(e instanceof SpliceError)) throw e;
          const key = `${e.diagnostic.code}: ${e.diagnostic.message}`;
          problems.set(key, (problems.get(key) ?? 0) + 1);
        }
      }
    }
    expect(compiled).toBeGreaterThan(1000);
    expect(Object.fromEntries(problems)).toEqual({});
  });
});
