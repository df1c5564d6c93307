import { formatCommand } from '../fmt/format.js';
import type { Predicate } from './predicate.js';
import type { Plan, RuntimeStage } from './plan.js';

/** One line a runtime stage, for `translate`: what splice does after the SQL. */
export function describeStage(stage: RuntimeStage): string {
  switch (stage.kind) {
    case 'rename':
      return `rename ${stage.pairs.map((p) => `${p.from} → ${p.to}`).join(', ')}`;
    case 'convert':
      return `convert ctime (format "${stage.timeformat}") ${stage.conversions.map((c) => (c.as ? `${c.field} → ${c.as}` : c.field)).join(', ')}`;
    case 'iplocation':
      return `iplocation ${stage.field}${stage.prefix ? ` prefix=${stage.prefix}` : ''}${stage.allfields ? ' allfields=true' : ''}${stage.lang.length > 0 ? ` lang=${stage.lang.join(',')}` : ''}`;
    case 'search':
      return `search ${describePredicate(stage.predicate)}`;
    case 'command':
      return formatCommand(stage.command);
    case 'join':
    case 'append':
    case 'appendpipe':
      return formatCommand(stage.command);
  }
}

function describePlan(plan: Plan): string {
  return [plan.source.kind === 'sql' ? 'tstats (SQL)' : `inputlookup ${plan.source.table.text}`, ...plan.stages.map(describeStage)].join(' | ');
}

export function describePredicate(p: Predicate): string {
  switch (p.kind) {
    case 'and':
      return `(${p.items.map(describePredicate).join(' AND ')})`;
    case 'or':
      return `(${p.items.map(describePredicate).join(' OR ')})`;
    case 'not':
      return `NOT ${describePredicate(p.item)}`;
    case 'true':
      return 'true';
    case 'subsearch':
      return `[subsearch: ${describePlan(p.plan)}]`;
    case 'exists':
      return `${p.field.name} exists`;
    case 'compare':
      return `${p.field.name} ${p.op} ${JSON.stringify(p.value)}`;
    case 'match':
      switch (p.pattern.kind) {
        case 'cidr':
          return `${p.field.name} in subnet ${p.pattern.range.text}`;
        case 'wildcard':
          return `${p.field.name} like ${JSON.stringify(p.pattern.text)} (case-insensitive)`;
        case 'exact':
          return `${p.field.name} = ${JSON.stringify(p.pattern.text)} (case-insensitive)`;
      }
  }
}
