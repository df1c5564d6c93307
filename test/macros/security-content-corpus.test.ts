import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expand } from '../../src/api/compile.js';
import type { MacroDefinition } from '../../src/macros/definition.js';
import { loadMacroPaths } from '../../src/macros/load.js';

/** The security_content checkout next to the repo (spl-semantics.md: commit b13b314a); optional. */
const MACROS_DIR = resolve(import.meta.dirname, '../../../shared/corpus/security_content/macros');
const present = existsSync(MACROS_DIR);

function definitionOf(macros: readonly MacroDefinition[], name: string): string | undefined {
  const m = macros.find((d) => d.name === name);
  return m?.body.kind === 'text' ? m.body.definition : undefined;
}

describe.skipIf(!present)('the security_content macros directory', () => {
  const macros = present ? loadMacroPaths([MACROS_DIR]) : [];

  it('loads every macro file without error', () => {
    const files = readdirSync(MACROS_DIR).filter((f) => /\.ya?ml$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    expect(macros).toHaveLength(files.length);
    expect(new Set(macros.map((m) => m.name)).size).toBe(macros.length);
  });

  it('reads sysmon (spl-semantics.md §1.6 #5)', () => {
    expect(definitionOf(macros, 'sysmon')).toBe(
      'sourcetype=XmlWinEventLog:Microsoft-Windows-Sysmon/Operational OR source=XmlWinEventLog:Microsoft-Windows-Sysmon/Operational OR source=Syslog:Linux-Sysmon/Operational',
    );
  });

  it('reads process_powershell (spl-semantics.md §1.6 #12)', () => {
    expect(definitionOf(macros, 'process_powershell')).toBe(
      '(Processes.process_name=pwsh.exe OR Processes.process_name=sqlps.exe OR Processes.process_name=sqltoolsps.exe OR Processes.process_name=powershell.exe OR Processes.process_name=powershell_ise.exe OR Processes.original_file_name=pwsh.dll OR Processes.original_file_name=PowerShell.EXE OR Processes.original_file_name=powershell_ise.EXE)',
    );
  });

  it('reads security_content_ctime with its argument', () => {
    const ctime = macros.find((m) => m.name === 'security_content_ctime');
    expect(ctime?.args).toEqual(['field']);
    expect(definitionOf(macros, 'security_content_ctime')).toBe('convert timeformat="%Y-%m-%dT%H:%M:%S" ctime($field$)');
  });

  it('reads the multi-line quoted base64decode definition', () => {
    const definition = definitionOf(macros, 'base64decode') ?? '';
    expect(definition.startsWith('eval b64x_split=split($b64in$,"") | lookup char_conversion_matrix base64char as b64x_split')).toBe(true);
    expect(definition.endsWith('| rex field=$b64in$_decode mode=sed "s/\\x00//g"')).toBe(true);
    expect(definition).not.toContain('\n');
  });

  it('expands the reference detection exactly as the built-ins do', () => {
    const seed = '| tstats `security_content_summariesonly` count from datamodel=Network_Traffic | `security_content_ctime(firstTime)` | `x_filter`';
    const withCorpus = expand(seed, { macros });
    expect(withCorpus.text).toBe(expand(seed).text);
    expect(withCorpus.expanded.map((e) => e.key)).toEqual([
      'security_content_summariesonly',
      'summariesonly_config',
      'oldsummaries_config',
      'fillnull_config',
      'security_content_ctime(1)',
      'x_filter',
    ]);
    expect(withCorpus.expanded[0]?.origin).toBe(join(MACROS_DIR, 'security_content_summariesonly.yml'));
  });
});
