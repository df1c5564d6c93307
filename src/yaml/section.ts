/**
 * The lines of one top-level key of a YAML file (`key:` at column 0 and what
 * follows it, up to the next top-level key), for reading that part with a
 * stricter reader; `firstLine` is the 1-based line of `key:`.
 */
export function topLevelSection(text: string, key: string): { text: string; firstLine: number } | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const start = lines.findIndex((l) => l.startsWith(`${key}:`) && /^[^:]+:(\s|$)/.test(l));
  if (start < 0) return undefined;
  let end = start + 1;
  // Lines that belong to the section: indented, list items at column 0, blank lines and comments.
  while (end < lines.length && /^(\s|-(\s|$)|#|$)/.test(lines[end] ?? '')) end++;
  return { text: lines.slice(start, end).join('\n'), firstLine: start + 1 };
}
