import type { TopCommand, Word } from '../../ast/nodes.js';
import type { FieldValue, Row, Scalar, Table } from '../../values/value.js';
import { boolOption, checkOptions, intOption, stringOption } from '../options.js';
import { compareGroups, groupsOf, type Group } from '../stats/groups.js';

interface Tally {
  readonly values: readonly Scalar[];
  n: number;
}

/**
 * top / rare [N] [options] fields [by fields]: the most (least) common
 * combinations of the fields' values with their count and percentage.
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Top
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Rare
 * - limit=N or a leading N (default 10; 0 returns all); countfield= (count),
 *   percentfield= (percent), showcount=, showperc=, useother= with otherstr=
 *   (OTHER) for a row that sums the values cut off by the limit.
 * - Results missing a field or a BY field are not counted; a multivalue field
 *   counts once per value, as stats BY does. The percentage is of the group's
 *   counted values, printed with six decimals as Splunk shows it ("25.000000") [INF].
 * - Order: count descending (top) or ascending (rare), ties in order of first
 *   appearance [INF]; with BY, groups in BY-value order like stats.
 */
export function applyTop(table: Table, cmd: TopCommand): Table {
  checkOptions(cmd.kind, cmd.options, ['countfield', 'percentfield', 'showcount', 'showperc', 'limit', 'useother', 'otherstr']);
  const leading = cmd.fields.length > 1 && /^\d+$/.test(cmd.fields[0]!.text) ? Number(cmd.fields[0]!.text) : undefined;
  const fieldWords: readonly Word[] = leading === undefined ? cmd.fields : cmd.fields.slice(1);
  const fields = fieldWords.map((w) => w.text);
  const by = cmd.by.map((w) => w.text);
  const limit = leading ?? intOption(cmd.options, 'limit', 10);
  const countField = stringOption(cmd.options, 'countfield', 'count');
  const percentField = stringOption(cmd.options, 'percentfield', 'percent');
  const showCount = boolOption(cmd.options, 'showcount', true);
  const showPerc = boolOption(cmd.options, 'showperc', true);
  const useOther = boolOption(cmd.options, 'useother', false);
  const otherStr = stringOption(cmd.options, 'otherstr', 'OTHER');

  const groups = new Map<string, { group: Group; tallies: Map<string, Tally>; total: number }>();
  for (const row of table.rows) {
    const memberships = groupsOf(row, by, false);
    const combos = groupsOf(row, fields, false);
    if (memberships === undefined || combos === undefined) continue;
    for (const group of memberships) {
      let entry = groups.get(group.key);
      if (entry === undefined) groups.set(group.key, (entry = { group, tallies: new Map(), total: 0 }));
      for (const combo of combos) {
        const tally = entry.tallies.get(combo.key);
        if (tally === undefined) entry.tallies.set(combo.key, { values: combo.values, n: 1 });
        else tally.n++;
        entry.total++;
      }
    }
  }

  const sign = cmd.kind === 'top' ? -1 : 1;
  const rows: Row[] = [];
  for (const { group, tallies, total } of [...groups.values()].sort((a, b) => compareGroups(a.group, b.group))) {
    const ranked = [...tallies.values()].sort((a, b) => sign * (a.n - b.n));
    const shown = limit === 0 ? ranked : ranked.slice(0, limit);
    const rest = ranked.slice(shown.length).reduce((n, t) => n + t.n, 0);
    const out = shown.map((t) => ({ values: t.values, n: t.n }));
    if (useOther && rest > 0) out.push({ values: fields.map(() => otherStr), n: rest });
    for (const t of out) {
      const row: Row = new Map<string, FieldValue>();
      by.forEach((f, i) => row.set(f, group.values[i]!));
      fields.forEach((f, i) => row.set(f, t.values[i]!));
      if (showCount) row.set(countField, t.n);
      if (showPerc) row.set(percentField, ((t.n * 100) / total).toFixed(6));
      rows.push(row);
    }
  }
  const outFields = [...by, ...fields, ...(showCount ? [countField] : []), ...(showPerc ? [percentField] : [])];
  return { fields: [...new Set(outFields)], rows };
}
