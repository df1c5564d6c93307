import type { AddinfoCommand, CollectCommand, CyberchefCommand, DatamodelCommand, FromCommand, MakeresultsCommand, MapCommand, MultisearchCommand, Subsearch } from '../../src/ast/nodes.js';
import type { ArgReader } from './reader.js';
import { readOptionsAndWords } from './single-field.js';

/** datamodel [model] [dataset] [search|flat|…] */
export function interpretDatamodel(r: ArgReader): DatamodelCommand {
  const { options, words } = readOptionsAndWords(r);
  return { kind: 'datamodel', options, args: words, span: r.span };
}

/** from datamodel:Model.Dataset | from datamodel Model.Dataset */
export function interpretFrom(r: ArgReader): FromCommand {
  const args = r.words();
  r.end();
  if (args.length === 0) throw r.expected('a dataset such as datamodel:Endpoint.Processes', undefined);
  return { kind: 'from', args, span: r.span };
}

export function interpretMakeresults(r: ArgReader): MakeresultsCommand {
  const options = r.options();
  r.end();
  return { kind: 'makeresults', options, span: r.span };
}

export function interpretMultisearch(r: ArgReader): MultisearchCommand {
  const subsearches: Subsearch[] = [];
  while (!r.done()) subsearches.push(r.subsearch());
  return { kind: 'multisearch', subsearches, span: r.span };
}

export function interpretAddinfo(r: ArgReader): AddinfoCommand {
  r.end();
  return { kind: 'addinfo', span: r.span };
}

export function interpretCollect(r: ArgReader): CollectCommand {
  const options = r.options();
  r.end();
  return { kind: 'collect', options, span: r.span };
}

export function interpretCyberchef(r: ArgReader): CyberchefCommand {
  const { options, words } = readOptionsAndWords(r);
  return { kind: 'cyberchef', options, args: words, span: r.span };
}

/** map search="…" [maxsearches=N] | map [subsearch] */
export function interpretMap(r: ArgReader): MapCommand {
  const options = r.options();
  const subsearch = r.peek()?.kind === 'subsearch' ? r.subsearch() : undefined;
  options.push(...r.options());
  r.end();
  return { kind: 'map', options, ...(subsearch ? { subsearch } : {}), span: r.span };
}
