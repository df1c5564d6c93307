import type { FieldAlias, SortKey } from '../../ast/nodes.js';
import { word } from '../values.js';

/** `field [as alias]`. */
export function formatFieldAlias(f: FieldAlias): string {
  return f.as === undefined ? word(f.field) : `${word(f.field)} as ${word(f.as)}`;
}

/** `[+|-][fn(]field[)]`, as sort and dedup's sortby take it. */
export function formatSortKey(k: SortKey): string {
  return `${k.order ?? ''}${k.fn === undefined ? word(k.field) : `${k.fn}(${word(k.field)})`}`;
}
