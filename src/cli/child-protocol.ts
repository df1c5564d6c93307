import type { SourceText } from '../api/search-source.js';
import { SpliceError, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { TestCase } from '../regression/case.js';
import type { CaseOutcome, CaseResult, RunOptions } from '../regression/run-case.js';
import { UsageError } from './io.js';
import type { RunFlags } from './run-search.js';

/**
 * The messages between the CLI and the child process that runs its searches
 * under --timeout (search-host.ts, search-process.ts). They travel by
 * structured clone, so rows' Maps survive; errors travel as data.
 */
export type Request =
  | { readonly kind: 'run'; readonly source: SourceText; readonly flags: RunFlags; readonly env: Readonly<Record<string, string | undefined>> }
  | { readonly kind: 'case'; readonly testCase: TestCase; readonly options: RunOptions }
  /** The CLI wrote the last stdout text out; the child may send more. */
  | { readonly kind: 'ack' };

export type Reply =
  /** Sent once, when the child has loaded splice. */
  | { readonly kind: 'ready' }
  | { readonly kind: 'stdout'; readonly text: string }
  | { readonly kind: 'stderr'; readonly text: string }
  | FinalReply
  | { readonly kind: 'failed'; readonly error: WireError };

/** The reply that ends a request that went well. */
export type FinalReply = { readonly kind: 'done' } | { readonly kind: 'case'; readonly result: WireCaseResult };

export type WireError =
  | { readonly kind: 'splice'; readonly diagnostic: Diagnostic }
  | { readonly kind: 'usage'; readonly message: string }
  | { readonly kind: 'internal'; readonly message: string; readonly stack?: string };

type WireOutcome = Exclude<CaseOutcome, { readonly status: 'error' }> | { readonly status: 'error'; readonly diagnostic: Diagnostic };

export type WireCaseResult = Omit<CaseResult, 'outcome'> & { readonly outcome: WireOutcome };

export function errorToWire(e: unknown): WireError {
  if (e instanceof SpliceError) return { kind: 'splice', diagnostic: e.diagnostic };
  if (e instanceof UsageError) return { kind: 'usage', message: e.message };
  const message = e instanceof Error ? e.message : String(e);
  return e instanceof Error && e.stack !== undefined ? { kind: 'internal', message, stack: e.stack } : { kind: 'internal', message };
}

/** The error the child threw, as the CLI would have caught it in its own process. */
export function errorFromWire(w: WireError): Error {
  switch (w.kind) {
    case 'splice':
      return new SpliceError(w.diagnostic);
    case 'usage':
      return new UsageError(w.message);
    case 'internal': {
      const error = new Error(w.message);
      if (w.stack !== undefined) error.stack = w.stack;
      return error;
    }
  }
}

export function caseToWire(result: CaseResult): WireCaseResult {
  const outcome = result.outcome;
  return { ...result, outcome: outcome.status === 'error' ? { status: 'error', diagnostic: outcome.error.diagnostic } : outcome };
}

export function caseFromWire(result: WireCaseResult): CaseResult {
  const outcome = result.outcome;
  return { ...result, outcome: outcome.status === 'error' ? { status: 'error', error: new SpliceError(outcome.diagnostic) } : outcome };
}
