import type { SourceText } from '../api/search-source.js';
import { classOf, SpliceError, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import { lineAndColumn } from '../diagnostics/position.js';

/** `file:line:col: error[code]: message`, the source line, and a caret under the spot. */
export function renderDiagnostic(d: Diagnostic, source: SourceText | undefined): string {
  const out: string[] = [];
  const loc = d.location;
  if (loc.kind === 'source' && source) {
    const [text, span] = inFile(source, loc.span);
    out.push(`${printable(source.name)}:${position(text, span)}: ${severity(d)}[${d.code}]: ${printable(d.message)}`);
    out.push(...frame(text, span));
  } else if (loc.kind === 'file') {
    const where = [printable(loc.file), loc.line, loc.column].filter((p) => p !== undefined).join(':');
    out.push(`${where}: ${severity(d)}[${d.code}]: ${printable(d.message)}`);
  } else {
    out.push(`${severity(d)}[${d.code}]: ${printable(d.message)}`);
  }
  for (const hint of d.hints) out.push(`  hint: ${printable(hint)}`);
  return `${out.join('\n')}\n`;
}

/** The text to show and the span in it: the enclosing file when there is one. */
function inFile(source: SourceText, span: Span): [string, Span] {
  const file = source.file;
  if (!file) return [source.text, span];
  const at = (offset: number): number => file.offsets[Math.min(offset, file.offsets.length - 1)] ?? file.text.length;
  const start = span.start >= source.text.length ? at(source.text.length - 1) + 1 : at(span.start);
  const end = span.end > span.start ? at(span.end - 1) + 1 : start;
  return [file.text, { start, end: Math.max(start, end) }];
}

function severity(d: Diagnostic): string {
  return classOf(d.code) === 'warning' ? 'warning' : 'error';
}

function position(text: string, span: Span): string {
  const { line, column } = lineAndColumn(text, span.start);
  return `${line}:${column}`;
}

function frame(text: string, span: Span): string[] {
  const { line, lineStart } = lineAndColumn(text, span.start);
  const lineEnd = text.indexOf('\n', lineStart);
  const sourceLine = printable(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).replace(/\t/g, ' '));
  const gutter = String(line).length;
  const width = Math.max(1, Math.min(span.end, lineEnd < 0 ? text.length : lineEnd) - span.start);
  return [
    `${' '.repeat(gutter)} |`,
    `${line} | ${sourceLine}`,
    `${' '.repeat(gutter)} | ${' '.repeat(span.start - lineStart)}${'^'.repeat(width)}`,
  ];
}

/**
 * Text from the user's search or files, safe to print on a terminal: control
 * characters (ESC, NUL, CR, C1) become `?` one for one, so a hostile search
 * cannot send escape sequences and the caret stays under its column.
 */
function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?');
}

/** Exit status for an error: 2 for usage and syntax, 1 for data and runtime problems. */
export function exitCodeFor(error: SpliceError): number {
  const cls = classOf(error.diagnostic.code);
  return cls === 'usage' || cls === 'syntax' ? 2 : 1;
}
