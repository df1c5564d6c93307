/**
 * WILDCARD match type: "*" in a lookup value matches any run of characters
 * (transforms.conf.spec match_type; https://docs.splunk.com/Documentation/Splunk/latest/Admin/Transformsconf).
 * Other characters, regex metacharacters included, are literal.
 */

interface Pattern {
  readonly row: number;
  /** The lookup value split at `*`: a prefix, middle parts in order, a suffix. */
  readonly parts: readonly string[];
}

/** Word separators for the token index; any fixed definition works, both sides use the same one. */
const SEPARATOR = /[^\p{L}\p{N}_]+/u;

/** `parts` is a pattern split at `*`: the first part is a prefix, the last a suffix, the rest appear in order between. */
export function globMatches(parts: readonly string[], value: string): boolean {
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  if (parts.length === 1) return value === first;
  if (value.length < first.length + last.length || !value.startsWith(first) || !value.endsWith(last)) return false;
  let at = first.length;
  const end = value.length - last.length;
  for (let i = 1; i < parts.length - 1; i++) {
    const part = parts[i] ?? '';
    const found = value.indexOf(part, at);
    if (found < 0 || found + part.length > end) return false;
    at = found + part.length;
  }
  return true;
}

/**
 * The patterns among a lookup field's (already case-folded) cells, indexed so
 * that a value is tested only against patterns that can match it. Trying all
 * is too slow: security_content's dynamic_dns_providers_default has ~92,000
 * patterns like `*.3d-game.com*`. A word that sits whole inside a pattern's
 * literal text (separators, or the anchored start or end, on both sides: `3d`
 * and `game` here, not `com`, which a `*` follows) must be a whole word of any
 * value the pattern matches; each pattern is filed under its longest such
 * word, and a value looks up its own words. Patterns with no such word are
 * always tried.
 */
export class WildcardIndex {
  private readonly byWord = new Map<string, Pattern[]>();
  private readonly always: Pattern[] = [];
  private readonly byRow = new Map<number, readonly string[]>();

  constructor(cells: readonly (string | undefined)[]) {
    cells.forEach((cell, row) => {
      if (cell === undefined || !cell.includes('*')) return;
      const parts = cell.split('*');
      this.byRow.set(row, parts);
      const word = longestWholeWord(parts);
      if (word === undefined) this.always.push({ row, parts });
      else {
        const list = this.byWord.get(word);
        if (list === undefined) this.byWord.set(word, [{ row, parts }]);
        else list.push({ row, parts });
      }
    });
  }

  /** Whether the cell of `row` is a pattern; patterns are what this index answers for. */
  has(row: number): boolean {
    return this.byRow.has(row);
  }

  test(row: number, value: string): boolean {
    const parts = this.byRow.get(row);
    return parts !== undefined && globMatches(parts, value);
  }

  /** Rows whose pattern matches `value`, in file order. */
  matches(value: string): number[] {
    const rows: number[] = [];
    const tryAll = (patterns: readonly Pattern[] | undefined): void => {
      for (const p of patterns ?? []) if (globMatches(p.parts, value)) rows.push(p.row);
    };
    tryAll(this.always);
    for (const word of new Set(value.split(SEPARATOR))) if (word !== '') tryAll(this.byWord.get(word));
    return rows.sort((a, b) => a - b);
  }
}

function longestWholeWord(parts: readonly string[]): string | undefined {
  let best: string | undefined;
  parts.forEach((part, i) => {
    const words = part.split(SEPARATOR);
    words.forEach((word, j) => {
      // A word at the edge of a part is whole only where the part is anchored to the value's start or end.
      const wholeLeft = j > 0 || i === 0;
      const wholeRight = j < words.length - 1 || i === parts.length - 1;
      if (word !== '' && wholeLeft && wholeRight && word.length > (best?.length ?? 0)) best = word;
    });
  });
  return best;
}
