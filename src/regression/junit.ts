/** A finished case as the reports see it: its text already rendered by the caller. */
export interface ReportedCase {
  readonly name: string;
  /** The suite or detection file that declared it. */
  readonly origin: string;
  readonly status: 'pass' | 'fail' | 'error' | 'updated';
  readonly ms: number;
  /** One line: why it failed. */
  readonly message?: string;
  /** The diff or the rendered error. */
  readonly detail?: string;
}

/**
 * JUnit XML, as CI systems read it: one <testsuite> per suite file, a
 * <failure> for a case whose rows differ and an <error> for one that could not
 * run. Text is escaped, and characters XML 1.0 cannot hold are dropped.
 */
export function junitXml(cases: readonly ReportedCase[]): string {
  const suites = new Map<string, ReportedCase[]>();
  for (const c of cases) suites.set(c.origin, [...(suites.get(c.origin) ?? []), c]);
  const count = (list: readonly ReportedCase[], status: ReportedCase['status']): number => list.filter((c) => c.status === status).length;
  const seconds = (list: readonly ReportedCase[]): string => (list.reduce((t, c) => t + c.ms, 0) / 1000).toFixed(3);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  lines.push(`<testsuites name="splice test" tests="${cases.length}" failures="${count(cases, 'fail')}" errors="${count(cases, 'error')}" time="${seconds(cases)}">`);
  for (const [origin, list] of suites) {
    lines.push(`  <testsuite name="${attr(origin)}" tests="${list.length}" failures="${count(list, 'fail')}" errors="${count(list, 'error')}" time="${seconds(list)}">`);
    for (const c of list) {
      const open = `    <testcase name="${attr(c.name)}" classname="${attr(origin)}" time="${(c.ms / 1000).toFixed(3)}"`;
      if (c.status === 'fail' || c.status === 'error') {
        const tag = c.status === 'fail' ? 'failure' : 'error';
        lines.push(`${open}>`, `      <${tag} message="${attr(c.message ?? tag)}">${text(c.detail ?? '')}</${tag}>`, '    </testcase>');
      } else {
        lines.push(`${open}/>`);
      }
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}

// XML 1.0 allows tab, newline, carriage return and U+0020 upwards, minus surrogates and U+FFFE/U+FFFF.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function text(value: string): string {
  return value.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
}
