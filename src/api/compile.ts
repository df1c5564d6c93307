import type { Pipeline } from '../ast/nodes.js';
import { SpliceError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { planWarnings } from '../plan/warnings.js';
import { expandMacros, type Expansion } from '../macros/expand.js';
import type { MacroDefinition } from '../macros/definition.js';
import { parsePipeline } from '../parser/parse.js';
import { planPipeline } from '../plan/build.js';
import type { Plan } from '../plan/plan.js';

export interface CompileOptions {
  readonly macros?: readonly MacroDefinition[];
  readonly strictMacros?: boolean;
}

export interface Compiled {
  readonly expansion: Expansion;
  readonly pipeline: Pipeline;
  readonly plan: Plan;
  /** Warnings from planning, as diagnostics pointing into the user's original text. */
  readonly warnings: readonly Diagnostic[];
}

/** Stage 1: the user's text → expanded text with its source map. */
export function expand(spl: string, options: CompileOptions = {}): Expansion {
  return expandMacros(spl, { ...(options.macros ? { macros: options.macros } : {}), strictMacros: options.strictMacros ?? false });
}

/** Stages 1-2: text → AST. Errors point into the user's original text. */
export function parse(spl: string, options: CompileOptions = {}): { expansion: Expansion; pipeline: Pipeline } {
  return parseExpansion(expand(spl, options));
}

/** Stage 2 alone: expanded text → AST. */
export function parseExpansion(expansion: Expansion): { expansion: Expansion; pipeline: Pipeline } {
  return { expansion, pipeline: inOriginalText(expansion, () => parsePipeline(expansion.text)) };
}

/** Stages 1-3: text → plan (SQL tree plus runtime stages). */
export function compile(spl: string, options: CompileOptions = {}): Compiled {
  return planParsed(parse(spl, options));
}

/** Stage 3 alone: AST → plan, with warnings mapped to the user's text. */
export function planParsed({ expansion, pipeline }: { expansion: Expansion; pipeline: Pipeline }): Compiled {
  const plan = inOriginalText(expansion, () => planPipeline(pipeline));
  const warnings = planWarnings(plan).map((w): Diagnostic => {
    const at = expansion.map.toOriginal(w.span);
    return { code: 'absent-field', message: w.message, location: { kind: 'source', span: { start: at.start, end: at.end } }, hints: w.hints };
  });
  return { expansion, pipeline, plan, warnings };
}

/** Runs a stage whose errors carry spans in expanded text, and maps them back to what the user wrote. */
export function inOriginalText<T>(expansion: Expansion, stage: () => T): T {
  try {
    return stage();
  } catch (e) {
    if (!(e instanceof SpliceError) || e.diagnostic.location.kind !== 'source') throw e;
    const mapped = expansion.map.toOriginal(e.diagnostic.location.span);
    const hints = mapped.macro === undefined ? e.diagnostic.hints : [...e.diagnostic.hints, `in the expansion of \`${mapped.macro}\`: ${excerpt(expansion.text, e.diagnostic.location.span)}`];
    throw new SpliceError({ ...e.diagnostic, location: { kind: 'source', span: { start: mapped.start, end: mapped.end } }, hints });
  }
}

function excerpt(text: string, span: { start: number; end: number }): string {
  const start = Math.max(0, span.start - 20);
  const end = Math.min(text.length, Math.max(span.end, span.start + 1) + 20);
  return `…${text.slice(start, end).replace(/\s+/g, ' ')}…`;
}
