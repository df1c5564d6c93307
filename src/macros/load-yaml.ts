import { errorInFile } from '../diagnostics/diagnostic.js';
import { parseTopLevelYaml, YamlError } from '../yaml/mini-yaml.js';
import type { MacroDefinition } from './definition.js';

/** Reads a security_content macro file: `name`, optional `arguments` list, `definition`. */
export function parseMacroYaml(text: string, file: string): MacroDefinition {
  let doc;
  try {
    doc = parseTopLevelYaml(text);
  } catch (e) {
    if (e instanceof YamlError) throw errorInFile('macro-file', e.message, file, e.line);
    throw e;
  }
  const name = doc.get('name');
  const definition = doc.get('definition');
  if (typeof name !== 'string' || name === '') throw errorInFile('macro-file', 'macro file has no "name"', file);
  if (typeof definition !== 'string') throw errorInFile('macro-file', `macro "${name}" has no "definition"`, file);
  const rawArgs = doc.get('arguments');
  const args = rawArgs === undefined || rawArgs === '' ? [] : Array.isArray(rawArgs) ? rawArgs : undefined;
  if (args === undefined) throw errorInFile('macro-file', `macro "${name}": "arguments" must be a list`, file);
  return { name, args, body: { kind: 'text', definition: definition.trim() }, origin: file };
}
