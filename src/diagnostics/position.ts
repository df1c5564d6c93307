/** 1-based line and column of an offset, and where its line starts; computed only when a message is shown. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number; lineStart: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, lineStart };
}
