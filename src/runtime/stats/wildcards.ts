import type { StatsFunction } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';

/**
 * `fn(pattern*) [as new*]`: one function per field the pattern matches, BY
 * fields aside, named by putting what `*` matched into the `as` pattern (or
 * `fn(field)` without `as`), as in `stats latest(*) as * by host`
 * (stats docs: "You can use wildcard characters in field names").
 * Patterns with one `*` only; the `as` name must then have one `*` too.
 */
export function expandWildcards(functions: readonly StatsFunction[], fields: readonly string[], by: readonly string[]): StatsFunction[] {
  return functions.flatMap((f) => {
    const arg = f.args[0];
    if (arg?.kind !== 'field' || !arg.field.text.includes('*')) return [f];
    const pattern = arg.field.text;
    if (pattern.split('*').length !== 2) throw errorAt('unsupported', `unsupported: more than one * in ${pattern}`, arg.field.span);
    if (f.as !== undefined && f.as.text.split('*').length !== 2) {
      throw errorAt('invalid-argument', `a wildcard aggregate needs one * in its AS name too (${f.as.text})`, f.as.span);
    }
    const [prefix = '', suffix = ''] = pattern.split('*');
    return fields
      .filter((name) => !by.includes(name) && name.length >= prefix.length + suffix.length && name.startsWith(prefix) && name.endsWith(suffix))
      .map((name): StatsFunction => {
        const matched = name.slice(prefix.length, name.length - suffix.length);
        const field = { text: name, span: arg.field.span };
        const as = f.as === undefined ? undefined : { text: f.as.text.replace('*', matched), span: f.as.span };
        return { ...f, args: [{ kind: 'field', field }], ...(as ? { as } : {}) };
      });
  });
}
