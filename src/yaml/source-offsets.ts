/**
 * Where each character of a decoded YAML value came from in the file. YAML
 * folding, quote doubling and escapes only drop or change quoting and white
 * space, so walking the decoded text and the file together, skipping what the
 * decoder removed, recovers the mapping: errors in a detection's search can
 * then point at the line of the .yml file the user edits.
 */
export function valueOffsets(fileText: string, key: string, decoded: string): number[] | undefined {
  const keyMatch = new RegExp(`^${key}:`, 'm').exec(fileText);
  if (!keyMatch) return undefined;
  let cursor = keyMatch.index + keyMatch[0].length;
  const offsets: number[] = [];
  for (const char of decoded) {
    if (/\s/.test(char)) {
      offsets.push(cursor);
      continue;
    }
    const found = fileText.indexOf(char, cursor);
    if (found < 0) return undefined;
    offsets.push(found);
    cursor = found + 1;
  }
  return offsets;
}
