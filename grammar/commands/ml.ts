import type { AnomalydetectionCommand, ApplyCommand, FitCommand, OutlierCommand, Word } from '../../src/ast/nodes.js';
import type { ArgReader } from './reader.js';
import { readOptionsAndWords } from './single-field.js';

/** apply model [as name] [options] (Machine Learning Toolkit). */
export function interpretApply(r: ArgReader): ApplyCommand {
  const model = r.word('a model name');
  let as: Word | undefined;
  if (r.atKeyword('as')) {
    r.keyword('as');
    as = r.word('a name after as');
  }
  const options = r.options();
  r.end();
  return { kind: 'apply', model, ...(as ? { as } : {}), options, span: r.span };
}

/** fit Algorithm [options] fields [by fields] [into model] [options] */
export function interpretFit(r: ArgReader): FitCommand {
  const algorithm = r.word('an algorithm');
  const first = r.optionsAndWords('by', 'into');
  const options = [...first.options];
  let by: Word[] = [];
  if (r.atKeyword('by')) {
    r.keyword('by');
    const rest = r.optionsAndWords('into');
    by = rest.words;
    options.push(...rest.options);
  }
  let into: Word | undefined;
  if (r.atKeyword('into')) {
    r.keyword('into');
    into = r.word('a model name after into');
  }
  options.push(...r.options());
  r.end();
  return { kind: 'fit', algorithm, options, fields: first.words, by, ...(into ? { into } : {}), span: r.span };
}

export function interpretAnomalydetection(r: ArgReader): AnomalydetectionCommand {
  const { options, words } = readOptionsAndWords(r);
  return { kind: 'anomalydetection', options, fields: words, span: r.span };
}

export function interpretOutlier(r: ArgReader): OutlierCommand {
  const { options, words } = readOptionsAndWords(r);
  return { kind: 'outlier', options, fields: words, span: r.span };
}
