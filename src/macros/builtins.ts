import type { MacroDefinition } from './definition.js';

/**
 * Macros built into splice so ESCU detections run without any files.
 * Definitions follow Splunk's published content; see ../shared/reference/spl-semantics.md §1.
 */
export const BUILTIN_MACROS: readonly MacroDefinition[] = [
  {
    // security_content macros/security_content_summariesonly.yml with its three *_config helpers expanded.
    name: 'security_content_summariesonly',
    args: [],
    body: { kind: 'text', definition: 'summariesonly=false allow_old_summaries=true fillnull_value=null' },
    origin: 'built-in',
  },
  {
    name: 'security_content_ctime',
    args: ['field'],
    body: { kind: 'text', definition: 'convert timeformat="%Y-%m-%dT%H:%M:%S" ctime($field$)' },
    origin: 'built-in',
  },
  {
    // Splunk_SA_CIM defines `rename "$object$.*" as *`. ESCU calls it with the object quoted,
    // unquoted and with escaped quotes; all three must mean the same, so normalise the argument.
    name: 'drop_dm_object_name',
    args: ['object'],
    body: {
      kind: 'builtin',
      expand: ([object]) => `rename "${normaliseObjectName(object ?? '')}.*" as *`,
      summary: 'rename "<object>.*" as *',
    },
    origin: 'built-in',
  },
];

export function normaliseObjectName(raw: string): string {
  let name = raw.trim();
  if (name.startsWith('\\"') && name.endsWith('\\"') && name.length >= 4) name = name.slice(2, -2);
  else if (name.startsWith('"') && name.endsWith('"') && name.length >= 2) name = name.slice(1, -1);
  return name.trim();
}

/** contentctl generates `<detection>_filter` macros as `search *` when no file defines them. */
export const DEFAULT_FILTER_DEFINITION = 'search *';

export function isFilterMacroName(name: string): boolean {
  return name.endsWith('_filter');
}
