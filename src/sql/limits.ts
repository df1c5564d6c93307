import type { Select } from './ast.js';

/**
 * SQLite's default SQLITE_MAX_VARIABLE_NUMBER (https://sqlite.org/limits.html, item 9):
 * a statement with more bound parameters does not prepare.
 */
export const SQLITE_MAX_PARAMETERS = 32766;

/** How many bound parameters printing `select` gives: one per `param` node, found without recursion. */
export function countParameters(select: Select): number {
  let count = 0;
  const stack: unknown[] = [select];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (typeof node !== 'object' || node === null) continue;
    if ('kind' in node && node.kind === 'param') count++;
    else for (const child of Object.values(node)) stack.push(child);
  }
  return count;
}
