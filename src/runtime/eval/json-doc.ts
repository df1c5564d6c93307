import type { Scalar } from '../../values/value.js';

/**
 * A parsed JSON document that remembers its text: objects and arrays keep the
 * text they were written as, and numbers keep theirs when a JavaScript number
 * would print differently (`1.0`, `1e5`, integers past 2^53). Splunk's JSON
 * readers (spath, the spath() function) hand back text, so `{"n": 1.0}` reads
 * as "1.0", not 1 [INF]. Object keys stay in written order, repeats included.
 */
export type JsonNode = JsonObject | JsonArray | JsonLeaf;

export interface JsonObject {
  readonly kind: 'object';
  readonly entries: readonly (readonly [string, JsonNode])[];
  readonly source: string;
}

export interface JsonArray {
  readonly kind: 'array';
  readonly items: readonly JsonNode[];
  readonly source: string;
}

/** A string, number, or true/false/null (as those words). */
export interface JsonLeaf {
  readonly kind: 'leaf';
  readonly value: Scalar;
}

/** The value a node stands for: a leaf's value, or an object's or array's text as written. */
export function nodeValue(node: JsonNode): Scalar {
  return node.kind === 'leaf' ? node.value : node.source;
}

let lastText: string | undefined;
let lastParsed: JsonNode | undefined;

/**
 * The document, or undefined if `text` is not well-formed JSON (ECMA-404, as the
 * spath docs require: "ensure that the JSON data is well-formed"). The last
 * parse is kept, since a search reads the same text for several paths.
 */
export function parseJson(text: string): JsonNode | undefined {
  if (text === lastText) return lastParsed;
  let parsed: JsonNode | undefined;
  try {
    const reader = new Reader(text);
    parsed = reader.document();
  } catch (e) {
    if (!(e instanceof NotJson)) throw e;
    parsed = undefined;
  }
  lastText = text;
  lastParsed = parsed;
  return parsed;
}

class NotJson extends Error {}

const SPACE = /[ \t\n\r]*/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORDS = ['true', 'false', 'null'] as const;

class Reader {
  private pos = 0;
  constructor(private readonly text: string) {}

  document(): JsonNode {
    const node = this.value();
    this.space();
    if (this.pos !== this.text.length) throw new NotJson();
    return node;
  }

  private value(): JsonNode {
    this.space();
    const c = this.text[this.pos];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return { kind: 'leaf', value: this.string() };
    const word = WORDS.find((w) => this.text.startsWith(w, this.pos));
    if (word !== undefined) {
      this.pos += word.length;
      return { kind: 'leaf', value: word };
    }
    const raw = this.token(NUMBER);
    const n = Number(raw);
    return { kind: 'leaf', value: String(n) === raw ? n : raw };
  }

  private object(): JsonObject {
    const start = this.pos++;
    const entries: [string, JsonNode][] = [];
    this.space();
    if (this.text[this.pos] !== '}') {
      do {
        this.space();
        const key = this.string();
        this.space();
        this.expect(':');
        entries.push([key, this.value()]);
        this.space();
      } while (this.accept(','));
    }
    this.expect('}');
    return { kind: 'object', entries, source: this.text.slice(start, this.pos) };
  }

  private array(): JsonArray {
    const start = this.pos++;
    const items: JsonNode[] = [];
    this.space();
    if (this.text[this.pos] !== ']') {
      do {
        items.push(this.value());
        this.space();
      } while (this.accept(','));
    }
    this.expect(']');
    return { kind: 'array', items, source: this.text.slice(start, this.pos) };
  }

  private string(): string {
    return JSON.parse(this.token(STRING)) as string;
  }

  private token(re: RegExp): string {
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    if (m === null || m[0] === '') throw new NotJson();
    this.pos += m[0].length;
    return m[0];
  }

  private space(): void {
    SPACE.lastIndex = this.pos;
    SPACE.exec(this.text);
    this.pos = SPACE.lastIndex;
  }

  private accept(c: string): boolean {
    if (this.text[this.pos] !== c) return false;
    this.pos++;
    return true;
  }

  private expect(c: string): void {
    if (!this.accept(c)) throw new NotJson();
  }
}
