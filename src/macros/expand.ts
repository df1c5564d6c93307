import { errorAt } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import { BUILTIN_MACROS, DEFAULT_FILTER_DEFINITION, isFilterMacroName } from './builtins.js';
import { parseMacroCall, substituteArguments, type MacroCall } from './call.js';
import { blankComments } from './comments.js';
import { macroKey, MacroTable, type MacroDefinition } from './definition.js';
import { SourceMapBuilder, type SourceMap } from './source-map.js';
import { closestNames } from './suggest.js';

export interface ExpandOptions {
  /** User definitions; they override the built-ins of the same name and arity. */
  readonly macros?: Iterable<MacroDefinition>;
  /** When set, an undefined `*_filter` macro is an error instead of `search *`. */
  readonly strictMacros?: boolean;
}

export interface Expansion {
  readonly original: string;
  readonly text: string;
  readonly map: SourceMap;
  /** Each macro expanded, outermost first, for `translate` to show. */
  readonly expanded: readonly { readonly key: string; readonly origin: string }[];
}

const MAX_DEPTH = 50;

/** Text of the user's search → expanded text plus a map back to what the user wrote. */
export function expandMacros(original: string, options: ExpandOptions = {}): Expansion {
  const table = new MacroTable();
  table.addAll(BUILTIN_MACROS);
  if (options.macros) table.addAll(options.macros);
  const builder = new SourceMapBuilder();
  const expanded: { key: string; origin: string }[] = [];
  const ctx: Context = { table, strict: options.strictMacros ?? false, builder, expanded };
  scan(ctx, blankComments(original), { kind: 'top' });
  const { text, map } = builder.build(original.length);
  return { original, text, map, expanded };
}

interface Context {
  readonly table: MacroTable;
  readonly strict: boolean;
  readonly builder: SourceMapBuilder;
  readonly expanded: { key: string; origin: string }[];
}

/** Where the text being scanned came from: the user's text, or a macro called at `call`. */
type Origin = { readonly kind: 'top' } | { readonly kind: 'macro'; readonly call: Span; readonly chain: readonly string[] };

function scan(ctx: Context, text: string, origin: Origin): void {
  let cursor = 0;
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
    } else if (c === '"') {
      inQuote = !inQuote;
    } else if (c === '`' && !inQuote) {
      const close = text.indexOf('`', i + 1);
      const here = origin.kind === 'top' ? { start: i, end: close < 0 ? text.length : close + 1 } : origin.call;
      if (close < 0) throw errorAt('syntax-error', 'unterminated macro call: missing closing backtick', here);
      emit(ctx, text.slice(cursor, i), cursor, origin);
      const call = parseMacroCall(text.slice(i + 1, close), { start: i, end: close + 1 }, here);
      expandCall(ctx, call, origin.kind === 'top' ? call.span : origin.call, origin.kind === 'top' ? [] : origin.chain);
      cursor = close + 1;
      i = close;
    }
  }
  emit(ctx, text.slice(cursor), cursor, origin);
}

function emit(ctx: Context, piece: string, offset: number, origin: Origin): void {
  if (origin.kind === 'top') ctx.builder.appendVerbatim(piece, offset);
  else ctx.builder.appendFromMacro(piece, origin.call, origin.chain.join(' → '));
}

function expandCall(ctx: Context, call: MacroCall, userSpan: Span, chain: readonly string[]): void {
  const key = macroKey(call.name, call.args.length);
  const definition = resolve(ctx, call, userSpan, chain);
  if (chain.includes(key)) {
    throw errorAt('macro-cycle', `macro cycle: ${[...chain, key].map((k) => `\`${k}\``).join(' → ')}`, userSpan);
  }
  if (chain.length >= MAX_DEPTH) throw errorAt('macro-cycle', `macros nested more than ${MAX_DEPTH} deep`, userSpan);
  ctx.expanded.push({ key, origin: definition?.origin ?? 'default *_filter' });
  const body = definitionText(definition, call);
  scan(ctx, body, { kind: 'macro', call: userSpan, chain: [...chain, key] });
}

function definitionText(definition: MacroDefinition | undefined, call: MacroCall): string {
  if (definition === undefined) return DEFAULT_FILTER_DEFINITION;
  if (definition.body.kind === 'builtin') return definition.body.expand(call.args);
  return substituteArguments(definition.body.definition, definition.args, call.args);
}

/** The definition for a call; undefined means "an undefined *_filter macro, use the default". */
function resolve(ctx: Context, call: MacroCall, userSpan: Span, chain: readonly string[]): MacroDefinition | undefined {
  const found = ctx.table.lookup(call.name, call.args.length);
  if (found) return found;
  if (!ctx.strict && call.args.length === 0 && isFilterMacroName(call.name)) return undefined;
  const key = macroKey(call.name, call.args.length);
  const within = chain.length > 0 ? ` (inside the expansion of \`${chain[chain.length - 1] ?? ''}\`)` : '';
  const otherArity = ctx.table.keys().filter((k) => k === call.name || k.startsWith(`${call.name}(`));
  const hints =
    otherArity.length > 0
      ? [`defined with a different number of arguments: ${otherArity.map((k) => `\`${k}\``).join(', ')}`]
      : closestNames(key, ctx.table.keys()).map((k) => `did you mean \`${k}\`?`);
  if (isFilterMacroName(call.name) && ctx.strict) hints.push('--strict-macros is set, so undefined *_filter macros are errors');
  else hints.push('load definitions with --macros PATH (a macros.conf, a macro .yml, or a directory of them)');
  return raise(`unknown macro \`${key}\`${within}`, userSpan, hints);
}

function raise(message: string, at: Span, hints: readonly string[]): never {
  throw errorAt('unknown-macro', message, at, hints);
}
