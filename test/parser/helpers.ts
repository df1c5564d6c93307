import { expect } from 'vitest';
import type { Command, Pipeline, SearchExpr, SearchValue } from '../../src/ast/nodes.js';
import { parse, type CompileOptions } from '../../src/api/compile.js';
import { SpliceError } from '../../src/diagnostics/diagnostic.js';
import type { Span } from '../../src/diagnostics/span.js';
import { renderDiagnostic } from '../../src/cli/render-error.js';

/** Parses and returns the pipeline with the expanded text its spans point into. */
export function parsed(spl: string, options: CompileOptions = {}): { pipeline: Pipeline; text: string } {
  const { expansion, pipeline } = parse(spl, options);
  return { pipeline, text: expansion.text };
}

export function commandsOf(spl: string): readonly Command[] {
  return parsed(spl).pipeline.commands;
}

/** The expression of a search whose only command is a search. */
export function searchExpr(spl: string): SearchExpr {
  const [command] = commandsOf(spl);
  if (command?.kind !== 'search' || !command.expr) throw new Error(`not a search with an expression: ${spl}`);
  return command.expr;
}

function value(v: SearchValue): string {
  return v.quoted ? JSON.stringify(v.text) : v.text;
}

/** A compact, span-free rendering of a search expression: `and[a=1, or[b=2, b=3]]`. */
export function show(expr: SearchExpr): string {
  switch (expr.kind) {
    case 'and':
    case 'or':
      return `${expr.kind}[${expr.items.map(show).join(', ')}]`;
    case 'not':
      return `not(${show(expr.expr)})`;
    case 'compare':
      return `${expr.field.text}${expr.op}${value(expr.value)}`;
    case 'in':
      return `${expr.field.text} IN(${expr.values.map(value).join(', ')})`;
    case 'term':
      return `term(${value(expr.value)})`;
    case 'subsearch-term':
      return `subsearch(${expr.subsearch.pipeline.commands.map((c) => c.kind).join(' | ')})`;
  }
}

/** A deep copy without `span` keys, to compare trees that differ only in positions. */
export function withoutSpans(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutSpans);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).filter(([k]) => k !== 'span').map(([k, v]) => [k, withoutSpans(v)]));
}

function isSpan(x: unknown): x is Span {
  return typeof x === 'object' && x !== null && typeof (x as Span).start === 'number' && typeof (x as Span).end === 'number';
}

/**
 * Walks every AST node with a span and asserts the span is a non-empty slice of
 * `text` inside its parent's span. Returns how many spans were checked.
 */
export function checkSpans(node: unknown, text: string, parent: Span = { start: 0, end: text.length }, path = 'pipeline'): number {
  if (Array.isArray(node)) return node.reduce((n: number, child, i) => n + checkSpans(child, text, parent, `${path}[${i}]`), 0);
  if (node === null || typeof node !== 'object') return 0;
  let count = 0;
  let inner = parent;
  const own: unknown = (node as { span?: unknown }).span;
  if (isSpan(own)) {
    expect(Number.isInteger(own.start) && Number.isInteger(own.end), `${path}: integer offsets`).toBe(true);
    expect(text.slice(own.start, own.end).trim(), `${path}: non-empty slice`).not.toBe('');
    expect(own.start, `${path}: starts inside its parent`).toBeGreaterThanOrEqual(parent.start);
    expect(own.end, `${path}: ends inside its parent`).toBeLessThanOrEqual(parent.end);
    inner = own;
    count++;
  }
  for (const [key, child] of Object.entries(node)) {
    if (key !== 'span') count += checkSpans(child, text, inner, `${path}.${key}`);
  }
  return count;
}

/** What `splice` prints for the error `stage` throws, rendered against the user's text as `<search>`. */
export function renderedError(spl: string, stage: (spl: string) => unknown): string {
  try {
    stage(spl);
  } catch (e) {
    if (e instanceof SpliceError) return renderDiagnostic(e.diagnostic, { name: '<search>', text: spl });
    throw e;
  }
  throw new Error(`expected an error for: ${spl}`);
}
