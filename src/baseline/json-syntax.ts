/** Where JSON text first breaks the grammar, and what was expected there. */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly message: string;
}

class Stop {
  constructor(readonly error: JsonSyntaxError) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/**
 * The first syntax error in text JSON.parse rejected. V8's own message gives
 * an offset only for some errors (none, in Node 20, for an unexpected token),
 * so error lines come from this small scanner of https://www.rfc-editor.org/rfc/rfc8259.
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let p = 0;
  const fail = (expected: string): never => {
    const found = p < text.length ? `found ${JSON.stringify(text[p])}` : 'the text ends';
    throw new Stop({ offset: Math.min(p, text.length), message: `expected ${expected} but ${found}` });
  };
  const ws = (): void => {
    while (p < text.length && ' \t\n\r'.includes(text[p] ?? '')) p++;
  };
  const take = (c: string, expected: string): void => {
    if (text[p] !== c) fail(expected);
    p++;
  };
  const string = (): void => {
    take('"', 'a string');
    for (;;) {
      const c = text.charCodeAt(p);
      if (Number.isNaN(c) || c < 0x20) fail('a closing quote');
      if (c === 34) break;
      if (c !== 92) {
        p++;
        continue;
      }
      ESCAPE.lastIndex = p;
      if (!ESCAPE.test(text)) fail('an escape such as \\n or \\u0041');
      p = ESCAPE.lastIndex;
    }
    p++;
  };
  const list = (close: string, item: () => void): void => {
    p++;
    ws();
    if (text[p] === close) {
      p++;
      return;
    }
    for (;;) {
      item();
      ws();
      if (text[p] === close) break;
      take(',', `',' or '${close}'`);
      ws();
    }
    p++;
  };
  const value = (): void => {
    ws();
    const c = text[p];
    if (c === '{') {
      list('}', () => {
        string();
        ws();
        take(':', "':'");
        value();
      });
    } else if (c === '[') list(']', value);
    else if (c === '"') string();
    else {
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, p));
      NUMBER.lastIndex = p;
      if (word !== undefined) p += word.length;
      else if (NUMBER.test(text)) p = NUMBER.lastIndex;
      else fail('a value');
    }
  };
  try {
    value();
    ws();
    if (p < text.length) fail('the end of the text');
    return undefined;
  } catch (e) {
    if (e instanceof Stop) return e.error;
    if (e instanceof RangeError) return undefined; // nested too deep to scan: no line to give
    throw e;
  }
}
