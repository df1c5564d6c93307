import { errorInFile } from '../../diagnostics/diagnostic.js';

/** One top-level element of a JSON array: its text range and first line. */
export interface ArrayElement {
  readonly start: number;
  readonly end: number;
  readonly line: number;
}

const isWs = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * Finds the top-level elements of a JSON array text without parsing them, so
 * each element can be parsed alone and its errors named by its own line. Only
 * the structure between elements is checked here; JSON.parse checks the rest.
 */
export function* scanArrayElements(text: string, file: string): Generator<ArrayElement> {
  const len = text.length;
  let i = 0;
  let line = 1;
  const skipWs = (): void => {
    while (i < len) {
      const c = text.charCodeAt(i);
      if (!isWs(c)) break;
      if (c === 10) line++;
      i++;
    }
  };
  const fail = (msg: string): never => {
    throw errorInFile('bad-input', msg, file, line);
  };
  skipWs();
  if (i >= len) fail('empty file: expected a JSON array');
  if (text.charCodeAt(i) !== 91) fail('expected a JSON array ("[") at the start of the file');
  i++;
  skipWs();
  if (text.charCodeAt(i) === 93) {
    i++;
  } else {
    for (;;) {
      skipWs();
      if (i >= len) fail('unterminated JSON array: missing "]"');
      const start = i;
      const startLine = line;
      i = elementEnd(text, i);
      if (i < 0) {
        line = startLine;
        fail('unterminated JSON value in array');
      }
      yield { start, end: i, line: startLine };
      for (let k = start; k < i; k++) if (text.charCodeAt(k) === 10) line++;
      skipWs();
      const c = text.charCodeAt(i);
      if (c === 44) {
        i++;
        continue;
      }
      if (c === 93) {
        i++;
        break;
      }
      fail(i >= len ? 'unterminated JSON array: missing "]"' : 'expected "," or "]" after an array element');
    }
  }
  skipWs();
  if (i < len) fail('unexpected text after the JSON array');
}

/** Offset just past the value starting at i, or -1 if the text ends first. */
function elementEnd(text: string, i: number): number {
  const len = text.length;
  const first = text.charCodeAt(i);
  if (first === 34) return stringEnd(text, i);
  if (first !== 123 && first !== 91) {
    // A scalar: runs to the next delimiter; JSON.parse will judge it.
    while (i < len) {
      const c = text.charCodeAt(i);
      if (c === 44 || c === 93 || c === 125 || isWs(c)) break;
      i++;
    }
    return i;
  }
  let depth = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      i = stringEnd(text, i);
      if (i < 0) return -1;
      continue;
    }
    if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return -1;
}

/** Offset just past the string whose opening quote is at i, or -1. */
function stringEnd(text: string, i: number): number {
  let j = text.indexOf('"', i + 1);
  while (j >= 0) {
    let backslashes = 0;
    for (let k = j - 1; text.charCodeAt(k) === 92; k--) backslashes++;
    if (backslashes % 2 === 0) return j + 1;
    j = text.indexOf('"', j + 1);
  }
  return -1;
}
