import { writeFileSync } from 'node:fs';
import { renderComparison } from '../../compare/compare.js';
import { junitXml, type ReportedCase } from '../../regression/junit.js';
import type { CaseResult } from '../../regression/run-case.js';
import { renderDiagnostic } from '../render-error.js';

const COLOURS = { pass: '\x1b[32m', fail: '\x1b[31m', error: '\x1b[31m', updated: '\x1b[33m' } as const;
const LABELS = { pass: 'PASS', fail: 'FAIL', error: 'ERROR', updated: 'UPDATED' } as const;

function indent(text: string, by = '    '): string {
  return text.replace(/\n$/, '').split('\n').map((l) => (l === '' ? l : `${by}${l}`)).join('\n');
}

/** The case's detail: the diff of a failure, the rendered error, or how many rows were recorded. */
function detailOf(result: CaseResult, colour: boolean): string {
  const { outcome } = result;
  switch (outcome.status) {
    case 'pass':
    case 'fail':
      return renderComparison(outcome.comparison, { colour });
    case 'error':
      return renderDiagnostic(outcome.error.diagnostic, result.source);
    case 'updated':
      return `wrote ${outcome.rows} rows to ${result.testCase.baseline}\n`;
  }
}

/** `PASS name (12 ms)`, then for anything but a pass the diff, error or update, indented; warnings after. */
export function printCaseResult(result: CaseResult, colour: boolean): string {
  const status = result.outcome.status;
  const label = colour ? `${COLOURS[status]}${LABELS[status]}\x1b[0m` : LABELS[status];
  const lines = [`${label} ${result.testCase.name} (${Math.round(result.ms)} ms)`];
  if (status !== 'pass') lines.push(indent(detailOf(result, colour)));
  for (const w of result.warnings) lines.push(indent(renderDiagnostic(w, result.source)));
  return `${lines.join('\n')}\n`;
}

/** The closing line CI reads: `N passed, M failed` (a case that could not run counts as failed). */
export function summaryLine(results: readonly CaseResult[]): string {
  const count = (...statuses: string[]): number => results.filter((r) => statuses.includes(r.outcome.status)).length;
  const updated = count('updated');
  return `${updated > 0 ? `${updated} updated, ` : ''}${count('pass')} passed, ${count('fail', 'error')} failed`;
}

function reported(result: CaseResult): ReportedCase {
  const { outcome } = result;
  const message = outcome.status === 'fail'
    ? `${outcome.comparison.missing.length} missing, ${outcome.comparison.extra.length} extra, ${outcome.comparison.changed.length} changed rows`
    : outcome.status === 'error' ? outcome.error.diagnostic.message : undefined;
  return {
    name: result.testCase.name,
    origin: result.testCase.origin,
    status: outcome.status,
    ms: result.ms,
    ...(message !== undefined ? { message } : {}),
    ...(outcome.status !== 'pass' ? { detail: detailOf(result, false) } : {}),
  };
}

/** --junit and --json: the same cases for machines. */
export function writeReports(results: readonly CaseResult[], to: { readonly junit?: string; readonly json?: string }): void {
  const cases = results.map(reported);
  if (to.junit) writeFileSync(to.junit, junitXml(cases));
  if (to.json) {
    const json = results.map((r, i) => ({ ...cases[i], ...(r.outcome.status === 'pass' || r.outcome.status === 'fail' ? { comparison: r.outcome.comparison } : {}) }));
    const failed = cases.filter((c) => c.status === 'fail' || c.status === 'error').length;
    writeFileSync(to.json, `${JSON.stringify({ passed: cases.filter((c) => c.status === 'pass').length, failed, cases: json }, null, 2)}\n`);
  }
}
