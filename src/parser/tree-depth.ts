import type { Span } from '../diagnostics/span.js';

/**
 * How deep an AST may be. Operator chains parse without recursion but make
 * left-leaning trees (`a+b+c` is `(a+b)+c`), one level per operator, which the
 * runtime, `fmt` and `parse --json` then walk recursively; each of them handles
 * several thousand levels on Node's default stack [INF: measured], so a
 * thousand leaves a wide margin. Search-language AND/OR lists are flat and
 * do not count.
 */
export const MAX_TREE_DEPTH = 1000;

/** The first node (object with a `kind`) deeper than `limit` nodes, found without recursion; undefined when the tree is shallower. */
export function tooDeepNode(root: object, limit: number = MAX_TREE_DEPTH): { span: Span } | undefined {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value } = item;
    if (typeof value !== 'object' || value === null) continue;
    const depth = 'kind' in value && typeof value.kind === 'string' ? item.depth + 1 : item.depth;
    if (depth > limit && 'span' in value && isSpan(value.span)) return { span: value.span };
    for (const [key, child] of Object.entries(value)) if (key !== 'span') stack.push({ value: child, depth });
  }
  return undefined;
}

function isSpan(value: unknown): value is Span {
  return typeof value === 'object' && value !== null && 'start' in value && 'end' in value && typeof value.start === 'number' && typeof value.end === 'number';
}
