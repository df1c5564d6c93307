import type { Span } from './span.js';

/**
 * Stable diagnostic codes. The class of a code decides the CLI exit status:
 * 'usage' and 'syntax' codes exit 2, 'data' and 'runtime' codes exit 1;
 * 'warning' codes are reported and the search still runs.
 */
export const DIAGNOSTIC_CODES = {
  'unknown-macro': 'syntax',
  'macro-cycle': 'syntax',
  'macro-arguments': 'syntax',
  'macro-file': 'data',
  'lex-error': 'syntax',
  'syntax-error': 'syntax',
  'unknown-command': 'syntax',
  'unknown-datamodel': 'syntax',
  'unknown-field': 'syntax',
  'invalid-argument': 'syntax',
  unsupported: 'syntax',
  'bad-input': 'data',
  'bad-timezone': 'usage',
  'geoip-unavailable': 'data',
  'io-error': 'data',
  'usage-error': 'usage',
  'bad-engine': 'usage',
  'engine-error': 'data',
  'runtime-error': 'runtime',
  timeout: 'runtime',
  'absent-field': 'warning',
  'app-lookup': 'warning',
  truncated: 'warning',
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
export type DiagnosticClass = (typeof DIAGNOSTIC_CODES)[DiagnosticCode];

/** Where a diagnostic points: a span in the user's text, or a line in a named file. */
export type Location =
  | { readonly kind: 'source'; readonly span: Span }
  | { readonly kind: 'file'; readonly file: string; readonly line?: number; readonly column?: number }
  | { readonly kind: 'none' };

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly location: Location;
  readonly hints: readonly string[];
}

/** The one exception type library code throws for user-facing problems: a diagnostic as data. */
export class SpliceError extends Error {
  readonly diagnostic: Diagnostic;
  constructor(diagnostic: Diagnostic) {
    super(diagnostic.message);
    this.name = 'SpliceError';
    this.diagnostic = diagnostic;
  }
}

export function errorAt(code: DiagnosticCode, message: string, at: Span, hints: readonly string[] = []): SpliceError {
  return new SpliceError({ code, message, location: { kind: 'source', span: at }, hints });
}

export function errorInFile(
  code: DiagnosticCode,
  message: string,
  file: string,
  line?: number,
  column?: number,
): SpliceError {
  const location: Location = { kind: 'file', file, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) };
  return new SpliceError({ code, message, location, hints: [] });
}

export function errorNowhere(code: DiagnosticCode, message: string, hints: readonly string[] = []): SpliceError {
  return new SpliceError({ code, message, location: { kind: 'none' }, hints });
}

export function classOf(code: DiagnosticCode): DiagnosticClass {
  return DIAGNOSTIC_CODES[code];
}
