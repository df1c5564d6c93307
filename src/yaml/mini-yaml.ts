/**
 * A reader for the small YAML subset that Splunk's security_content uses in macro
 * and detection files: a top-level mapping whose values are scalars (plain,
 * single-quoted, double-quoted, or block `|`/`>` scalars, any of them spanning
 * lines) or lists of scalars. Nested mappings are kept as raw text so callers can
 * ignore them. splice may not take a YAML dependency, hence this reader.
 */
export type YamlValue = string | readonly string[] | { readonly raw: string };

export class YamlError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
  }
}

const KEY_LINE = /^([A-Za-z_][\w-]*)\s*:(?:\s+(.*)|\s*)$/;

export function parseTopLevelYaml(text: string): Map<string, YamlValue> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const out = new Map<string, YamlValue>();
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || line.trimStart().startsWith('#') || line === '---') {
      i++;
      continue;
    }
    const m = KEY_LINE.exec(line);
    if (!m || line.startsWith(' ')) throw new YamlError(`expected "key: value" at top level`, i + 1);
    const key = m[1] ?? '';
    const rest = (m[2] ?? '').trimEnd();
    const j = endOfValue(lines, i + 1, rest);
    const body = lines.slice(i + 1, j);
    while (body.length > 0 && (body[body.length - 1] ?? '').trim() === '') body.pop();
    out.set(key, readValue(rest, body, i + 1));
    i = j;
  }
  return out;
}

/** The index of the first line after the value that starts with `rest` on the line before `start`. */
function endOfValue(lines: readonly string[], start: number, rest: string): number {
  if (rest.startsWith("'") || rest.startsWith('"')) return endOfQuoted(lines, start, rest);
  let j = start;
  while (j < lines.length) {
    const next = lines[j] ?? '';
    if (next.trim() !== '' && !/^\s/.test(next) && !next.startsWith('- ') && next !== '-') break;
    if (next.startsWith('- ') && rest !== '') break;
    j++;
  }
  return j;
}

/**
 * A quoted scalar runs to its closing quote, even over continuation lines at
 * column 0: PyYAML, which security_content is written for, accepts them
 * (macros/base64decode.yml has `| lookup …` lines inside a single-quoted definition).
 */
function endOfQuoted(lines: readonly string[], start: number, rest: string): number {
  const quote = rest[0] ?? '"';
  let text = rest;
  let j = start;
  while (findClosingQuote(text, quote) < 0 && j < lines.length) {
    text += `\n${lines[j] ?? ''}`;
    j++;
  }
  return j;
}

function readValue(first: string, body: readonly string[], line: number): YamlValue {
  if (first === '') {
    const items = body.filter((l) => l.trim() !== '');
    if (items.length === 0) return '';
    if (items.every((l) => /^\s*-( |$)/.test(l))) return items.map((l) => unquote(l.replace(/^\s*-\s?/, '').trim(), line));
    const firstItem = (items[0] ?? '').trim();
    // A scalar may start on the line after its key: `search:\n  "…"`.
    if (firstItem.startsWith('"') || firstItem.startsWith("'")) return unquote(body.map((l) => l.trim()).join('\n'), line);
    if (!/^[\w-]+:(\s|$)/.test(firstItem)) return fold(body.map((l) => l.trim()));
    return { raw: body.join('\n') };
  }
  if (/^[|>][+-]?\d*$/.test(first)) return blockScalar(first, body);
  if (first.startsWith("'") || first.startsWith('"')) return unquote([first, ...body.map((l) => l.trim())].join('\n'), line);
  if (first.startsWith('[')) return flowList(first, line);
  return fold([first, ...body.map((l) => l.trim())]);
}

/** Line folding for flow scalars: a single break becomes a space, an empty line a newline. */
function fold(parts: readonly string[]): string {
  let out = '';
  let pendingBreaks = 0;
  for (const [index, part] of parts.entries()) {
    if (part === '') {
      pendingBreaks++;
      continue;
    }
    if (index > 0) out += pendingBreaks > 0 ? '\n'.repeat(pendingBreaks) : ' ';
    pendingBreaks = 0;
    out += part;
  }
  return out;
}

function unquote(text: string, line: number): string {
  const quote = text[0];
  if (quote !== "'" && quote !== '"') return text;
  const close = findClosingQuote(text, quote);
  if (close < 0) throw new YamlError('unterminated quoted string', line);
  const inner = fold(flowLines(text.slice(1, close)));
  if (quote === "'") return inner.replace(/''/g, "'");
  return inner.replace(/\\(["\\/bfnrt]|u[0-9a-fA-F]{4})/g, (_m, c: string) => DOUBLE_QUOTE_ESCAPES[c] ?? String.fromCharCode(parseInt(c.slice(1), 16)));
}

/** The lines of a multi-line flow scalar: white space around each line break is not content (YAML 1.2 §7.3). */
function flowLines(text: string): string[] {
  const lines = text.split('\n');
  const last = lines.length - 1;
  return lines.map((l, k) => {
    const start = k === 0 ? l : l.trimStart();
    return k === last ? start : start.trimEnd();
  });
}

const DOUBLE_QUOTE_ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

function findClosingQuote(text: string, quote: string): number {
  for (let k = 1; k < text.length; k++) {
    const c = text[k];
    if (quote === '"' && c === '\\') {
      k++;
      continue;
    }
    if (c === quote) {
      if (quote === "'" && text[k + 1] === "'") {
        k++;
        continue;
      }
      return k;
    }
  }
  return -1;
}

function flowList(text: string, line: number): readonly string[] {
  if (!text.endsWith(']')) throw new YamlError('unterminated flow list', line);
  const inner = text.slice(1, -1).trim();
  if (inner === '') return [];
  return inner.split(',').map((s) => unquote(s.trim(), line));
}

function blockScalar(header: string, body: readonly string[]): string {
  const indent = Math.min(...body.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
  const lines = body.map((l) => l.slice(Number.isFinite(indent) ? indent : 0));
  const text = header.startsWith('|') ? lines.join('\n') : foldBlock(lines);
  if (header.includes('-')) return text;
  return text + '\n';
}

function foldBlock(lines: readonly string[]): string {
  return fold(lines.map((l) => l.trimEnd()));
}
