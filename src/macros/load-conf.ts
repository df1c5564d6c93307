import { errorInFile } from '../diagnostics/diagnostic.js';
import type { MacroDefinition } from './definition.js';

/**
 * Reads macros.conf stanzas (macros.conf.spec): `[name]` or `[name(N)]`, then
 * `args = a, b` and `definition = …`. A trailing backslash continues a value on the next line.
 */
export function parseMacrosConf(text: string, file: string): MacroDefinition[] {
  const out: MacroDefinition[] = [];
  let current: { name: string; arity: number; line: number; keys: Map<string, string> } | undefined;
  const finish = (): void => {
    if (current) out.push(toDefinition(current, file));
  };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = (lines[i] ?? '').trim();
    if (line === '' || line.startsWith('#')) continue;
    const stanza = /^\[([^\]()]+)(?:\((\d+)\))?\]$/.exec(line);
    if (stanza) {
      finish();
      current = { name: (stanza[1] ?? '').trim(), arity: Number(stanza[2] ?? 0), line: lineNo, keys: new Map() };
      continue;
    }
    if (line.startsWith('[')) throw errorInFile('macro-file', `malformed stanza header: expected [name] or [name(N)]`, file, lineNo);
    const kv = /^([A-Za-z_.]+)\s*=\s?(.*)$/.exec(line);
    if (!kv) throw errorInFile('macro-file', `expected "[stanza]" or "key = value"`, file, lineNo);
    if (!current) throw errorInFile('macro-file', `"${kv[1] ?? ''}" appears before any [stanza]`, file, lineNo);
    let value = kv[2] ?? '';
    while (value.endsWith('\\') && i + 1 < lines.length) {
      i++;
      value = `${value.slice(0, -1)}\n${lines[i] ?? ''}`;
    }
    current.keys.set(kv[1] ?? '', value);
  }
  finish();
  return out;
}

function toDefinition(
  stanza: { name: string; arity: number; line: number; keys: Map<string, string> },
  file: string,
): MacroDefinition {
  const definition = stanza.keys.get('definition');
  if (definition === undefined) throw errorInFile('macro-file', `macro [${stanza.name}] has no definition`, file, stanza.line);
  const args = stanza.arity === 0 ? [] : (stanza.keys.get('args') ?? '').split(',').map((a) => a.trim()).filter((a) => a !== '');
  if (args.length !== stanza.arity) {
    throw errorInFile('macro-file', `macro [${stanza.name}(${stanza.arity})] declares ${args.length} args`, file, stanza.line);
  }
  return { name: stanza.name, args, body: { kind: 'text', definition }, origin: file };
}
