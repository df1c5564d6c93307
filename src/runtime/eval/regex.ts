import type { EvalExpr } from '../../ast/eval.js';
import type { Row } from '../../values/value.js';
import { compilePcre, translatePcre } from './pcre.js';
import { isMultivalue, toText, type Compiled, type EvalContext } from './types.js';

/** A regex argument, resolved per row: null when the argument is null or not a usable regex. */
export type RegexReader = (row: Row, ctx: EvalContext) => RegExp | null;

const dynamicCache = new Map<string, RegExp | null>();

/**
 * A regex written as a literal is compiled once, now, and a bad or unsupported one is an
 * error pointing at it. A regex that comes from a field (mvfind(old, new) in ESCU) is
 * compiled per distinct value and cached; one that does not compile gives null for that
 * row rather than failing the whole search [INF: Splunk's behaviour here is undocumented].
 */
export function regexArgument(node: EvalExpr | undefined, compiled: Compiled, flags = ''): RegexReader {
  if (node?.kind === 'string') {
    const re = compilePcre(node.value, node.span, flags);
    return () => re;
  }
  return (row, ctx) => {
    const value = compiled(row, ctx);
    const text = isMultivalue(value) ? null : toText(value);
    return text === null ? null : dynamicRegex(text, flags);
  };
}

function dynamicRegex(pattern: string, flags: string): RegExp | null {
  const key = `${flags}/${pattern}`;
  const cached = dynamicCache.get(key);
  if (cached !== undefined) return cached;
  const t = translatePcre(pattern);
  let re: RegExp | null = null;
  if (t.ok) {
    try {
      re = new RegExp(t.source, t.flags + flags);
    } catch {
      re = null;
    }
  }
  if (dynamicCache.size >= 1024) dynamicCache.clear();
  dynamicCache.set(key, re);
  return re;
}
