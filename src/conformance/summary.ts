import type { GroupTally } from './groups.js';
import type { ConformanceReport, ConformanceResult } from './run.js';

/** The stage a detection failed in: the one after the last it reached. */
function failedStage(result: ConformanceResult): string {
  switch (result.stage_reached) {
    case 'none':
      return 'expand';
    case 'expand':
      return 'parse';
    case 'parse':
      return 'translate';
    case 'translate':
      return 'execute';
    case 'execute':
      return '';
  }
}

/** Groups errors by their message with positions and quoted specifics taken out. */
export function topReasons(results: readonly ConformanceResult[], limit: number): { reason: string; count: number; example: string }[] {
  const groups = new Map<string, { count: number; example: string }>();
  for (const r of results) {
    if (r.error === null) continue;
    const reason = `${failedStage(r)}: ${r.error.replace(/^\d+:\d+: /, '').replace(/"[^"]*"|`[^`]*`|'[^']*'/g, '…').slice(0, 110)}`;
    const group = groups.get(reason) ?? { count: 0, example: r.file };
    group.count++;
    groups.set(reason, group);
  }
  return [...groups].map(([reason, g]) => ({ reason, ...g })).sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1)).slice(0, limit);
}

function groupLine(label: string, g: GroupTally): string {
  const share = g.total === 0 ? '' : ` (${((100 * g.executed) / g.total).toFixed(1)}%)`;
  return `${label}: ${g.executed} of ${g.total} execute${share}; ${g.refused} refused as unsupported, ${g.other_failures} other failures`;
}

/** One line a stage, then the most common failure reasons. */
export function formatSummary(report: ConformanceReport, limit = 15): string {
  const pct = (n: number): string => (report.total === 0 ? '' : `${((100 * n) / report.total).toFixed(1).padStart(5)}%`);
  const lines = [
    `total       ${String(report.total).padStart(5)}`,
    `expanded    ${String(report.expanded).padStart(5)} ${pct(report.expanded)}`,
    `parsed      ${String(report.parsed).padStart(5)} ${pct(report.parsed)}   generic commands: ${report.generic_commands}`,
    `translated  ${String(report.translated).padStart(5)} ${pct(report.translated)}`,
    `executed    ${String(report.executed).padStart(5)} ${pct(report.executed)}`,
    '',
    groupLine('non-deprecated tstats', report.groups.tstats),
    groupLine('  over Network_Traffic', report.groups.network_traffic),
  ];
  const reasons = topReasons(report.results, limit);
  if (reasons.length > 0) {
    lines.push('', 'top failure reasons:');
    for (const r of reasons) lines.push(`${String(r.count).padStart(6)}  ${r.reason}  (e.g. ${r.example})`);
  }
  return `${lines.join('\n')}\n`;
}
