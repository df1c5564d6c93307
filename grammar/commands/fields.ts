import type { FieldsCommand } from '../../src/ast/nodes.js';
import type { ArgReader } from './reader.js';

/** fields [+|-] f1, f2 … */
export function interpretFields(r: ArgReader): FieldsCommand {
  const sign = r.atKeyword('+', '-') ? r.word('+ or -').text : undefined;
  const fields = r.words();
  r.end();
  return { kind: 'fields', mode: sign === '-' ? '-' : '+', explicitMode: sign !== undefined, fields, span: r.span };
}
