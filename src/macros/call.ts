import { errorAt } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';

/** A backtick macro call as written: `name` or `name(arg, …)`. */
export interface MacroCall {
  readonly name: string;
  readonly args: readonly string[];
  /** The call including its backticks, in the text being scanned. */
  readonly span: Span;
}

/**
 * Parses the text between a pair of backticks. Arguments split on top-level
 * commas; quotes and backslash escapes inside them are kept verbatim, because
 * Splunk substitutes arguments as written.
 */
export function parseMacroCall(inner: string, span: Span, errorSpan: Span): MacroCall {
  const open = inner.indexOf('(');
  const name = (open < 0 ? inner : inner.slice(0, open)).trim();
  if (!/^[\w.:-]+$/.test(name)) {
    throw errorAt('syntax-error', `invalid macro call \`${inner}\`: expected a macro name`, errorSpan);
  }
  if (open < 0) return { name, args: [], span };
  if (!inner.trimEnd().endsWith(')')) {
    throw errorAt('syntax-error', `invalid macro call \`${inner}\`: missing ")"`, errorSpan);
  }
  const argText = inner.slice(open + 1, inner.trimEnd().length - 1);
  return { name, args: splitArguments(argText), span };
}

function splitArguments(text: string): string[] {
  if (text.trim() === '') return [];
  const args: string[] = [];
  let depth = 0;
  let inQuote = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '"') inQuote = !inQuote;
    else if (!inQuote && c === '(') depth++;
    else if (!inQuote && c === ')') depth--;
    else if (!inQuote && depth === 0 && c === ',') {
      args.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  args.push(text.slice(start).trim());
  return args;
}

/** Replaces every `$arg$` with its value, inside quotes too (macros.conf.spec). */
export function substituteArguments(definition: string, names: readonly string[], values: readonly string[]): string {
  if (names.length === 0) return definition;
  const byName = new Map(names.map((n, i) => [n, values[i] ?? '']));
  return definition.replace(/\$([\w-]+)\$/g, (whole, name: string) => byName.get(name) ?? whole);
}
