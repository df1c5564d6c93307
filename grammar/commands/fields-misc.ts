import type { AddtotalsCommand, ExtractCommand, FromjsonCommand, IplocationCommand, MakemvCommand, MultikvCommand, MvexpandCommand, ReplaceCommand, Word, XmlkvCommand } from '../../src/ast/nodes.js';
import type { ArgReader } from './reader.js';
import { readOptionsAndWords, readSingleField } from './single-field.js';

export function interpretIplocation(r: ArgReader): IplocationCommand {
  return { kind: 'iplocation', ...readSingleField(r, 'an IP address field'), span: r.span };
}

export function interpretMvexpand(r: ArgReader): MvexpandCommand {
  return { kind: 'mvexpand', ...readSingleField(r, 'a multivalue field'), span: r.span };
}

export function interpretMakemv(kind: MakemvCommand['kind'], r: ArgReader): MakemvCommand {
  return { kind, ...readSingleField(r, 'a field'), span: r.span };
}

export function interpretFromjson(r: ArgReader): FromjsonCommand {
  return { kind: 'fromjson', ...readSingleField(r, 'a JSON field'), span: r.span };
}

export function interpretAddtotals(r: ArgReader): AddtotalsCommand {
  const { options, words } = readOptionsAndWords(r);
  return { kind: 'addtotals', options, fields: words, span: r.span };
}

export function interpretXmlkv(r: ArgReader): XmlkvCommand {
  const { options, words } = readOptionsAndWords(r);
  if (words.length > 1) throw r.expected('at most one field', undefined);
  const field: Word | undefined = words[0];
  return { kind: 'xmlkv', ...(field ? { field } : {}), options, span: r.span };
}

export function interpretMultikv(r: ArgReader): MultikvCommand {
  const { options, words } = readOptionsAndWords(r);
  return { kind: 'multikv', options, args: words, span: r.span };
}

export function interpretExtract(r: ArgReader): ExtractCommand {
  const { options, words } = readOptionsAndWords(r);
  return { kind: 'extract', options, args: words, span: r.span };
}

/** replace "old" with "new"[, …] in field[, …] */
export function interpretReplace(r: ArgReader): ReplaceCommand {
  const pairs: ReplaceCommand['pairs'][number][] = [];
  while (!r.atKeyword('in')) {
    const from = r.value('a value to replace');
    r.keyword('with');
    const to = r.value('a replacement after with');
    pairs.push({ from, to, span: { start: from.span.start, end: to.span.end } });
    r.skipCommas();
    if (r.done()) throw r.expected("'in' and the fields", undefined);
  }
  r.keyword('in');
  const fields = r.words();
  r.end();
  return { kind: 'replace', pairs, fields, span: r.span };
}
