import { YamlError } from './mini-yaml.js';

/**
 * A reader for block-style YAML documents made of mappings, lists and scalars,
 * as splice's test suites are written: `- name: x` list items, nested
 * mappings and lists by indentation, plain or quoted scalars, flow lists
 * (`[a, "b c"]`), and `#` comments. Anchors, tags, flow mappings and
 * multi-line scalars are refused with the line they are on.
 */
export type YamlNode = string | readonly YamlNode[] | YamlMap;
export interface YamlMap {
  readonly [key: string]: YamlNode;
}

interface Line {
  readonly indent: number;
  readonly text: string;
  readonly number: number;
}

export function parseBlockYaml(text: string): YamlNode {
  const lines: Line[] = [];
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, i) => {
    const body = stripComment(raw);
    if (body.trim() === '' || body === '---') return;
    if (raw.includes('\t') && /^\s*\t/.test(raw)) throw new YamlError('tabs are not allowed for indentation', i + 1);
    lines.push({ indent: body.length - body.trimStart().length, text: body.trim(), number: i + 1 });
  });
  if (lines.length === 0) return '';
  const parser = new Parser(lines);
  const node = parser.node(lines[0]!.indent);
  if (!parser.done()) throw new YamlError('unexpected indentation', parser.peek()!.number);
  return node;
}

class Parser {
  private at = 0;
  constructor(private readonly lines: Line[]) {}

  done(): boolean {
    return this.at >= this.lines.length;
  }

  peek(): Line | undefined {
    return this.lines[this.at];
  }

  /** The node whose lines start at the current line, all at `indent`. */
  node(indent: number): YamlNode {
    const first = this.peek();
    if (first === undefined) return '';
    return first.text === '-' || first.text.startsWith('- ') ? this.list(indent) : this.map(indent);
  }

  private list(indent: number): YamlNode[] {
    const items: YamlNode[] = [];
    for (let line = this.peek(); line && line.indent === indent && (line.text === '-' || line.text.startsWith('- ')); line = this.peek()) {
      const rest = line.text.slice(1).trimStart();
      if (rest === '') {
        this.at++;
        items.push(this.nested(indent, line));
      } else if (isKeyLine(rest)) {
        // `- key: value` opens a mapping whose further keys sit under `key`.
        const inner = indent + (line.text.length - rest.length);
        this.lines.splice(this.at, 1, { indent: inner, text: rest, number: line.number });
        items.push(this.map(inner));
      } else {
        this.at++;
        items.push(scalar(rest, line.number));
      }
    }
    return items;
  }

  private map(indent: number): YamlMap {
    const out: Record<string, YamlNode> = {};
    for (let line = this.peek(); line && line.indent === indent; line = this.peek()) {
      const m = KEY.exec(line.text);
      if (!m) throw new YamlError('expected "key: value"', line.number);
      const key = unquote(m[1] ?? '', line.number);
      if (Object.hasOwn(out, key)) throw new YamlError(`duplicate key "${key}"`, line.number);
      this.at++;
      const rest = (m[2] ?? '').trim();
      Object.defineProperty(out, key, { value: rest === '' ? this.nested(indent, line) : scalar(rest, line.number), enumerable: true });
    }
    return out;
  }

  /** The block under a line that ended in `key:` or `-`: deeper lines, or a list at the same indent under a key. */
  private nested(indent: number, owner: Line): YamlNode {
    const next = this.peek();
    if (next === undefined) return '';
    if (next.indent > indent) return this.node(next.indent);
    const isListUnderKey = next.indent === indent && next.text.startsWith('- ') && !owner.text.startsWith('-');
    return isListUnderKey ? this.list(indent) : '';
  }
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s"'#:[\]{},-][^:]*?|-[^\s:][^:]*?)\s*:(?:\s+(.*))?$/;

function isKeyLine(text: string): boolean {
  return KEY.test(text);
}

function scalar(text: string, line: number): YamlNode {
  if (text.startsWith('[')) return flowList(text, line);
  if (/^[&*!|>{]/.test(text)) throw new YamlError(`unsupported YAML: ${text.slice(0, 20)}`, line);
  return unquote(text, line);
}

function flowList(text: string, line: number): string[] {
  if (!text.endsWith(']')) throw new YamlError('unterminated [ list', line);
  const body = text.slice(1, -1).trim();
  if (body === '') return [];
  const items: string[] = [];
  const item = /\s*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,]*?)\s*(,|$)/y;
  while (item.lastIndex < body.length) {
    const m = item.exec(body);
    if (!m || m[0] === '') throw new YamlError('malformed [ list', line);
    items.push(unquote(m[1] ?? '', line));
  }
  return items;
}

function unquote(text: string, line: number): string {
  if (text.startsWith("'")) {
    if (!/^'(?:[^']|'')*'$/.test(text)) throw new YamlError('unterminated quoted string', line);
    return text.slice(1, -1).replace(/''/g, "'");
  }
  if (text.startsWith('"')) {
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value === 'string') return value;
    } catch {
      // reported below
    }
    throw new YamlError('malformed double-quoted string', line);
  }
  return text;
}

/** The line without a trailing `# comment` (a `#` at the start or after a space, outside quotes). */
function stripComment(line: string): string {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1] ?? ''))) {
      return line.slice(0, i).trimEnd();
    }
  }
  return line.trimEnd();
}
