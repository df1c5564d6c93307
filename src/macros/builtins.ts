import type { MacroDefinition } from './definition.js';
import { ES_ASSET_FIELDS } from '../lookups/app-provided.js';

/** Enterprise Security's asset fields, as get_asset(field) adds them: `<field>_<name>`. */
const ASSET_OUTPUTS = ES_ASSET_FIELDS.map((f) => `${f} as $field$_${f}`).join(', ');

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
  {
    // Splunk_SA_CIM macros.conf (spl-semantics.md §1.6).
    name: 'cim_corporate_web_domains',
    args: [],
    body: { kind: 'text', definition: 'inputlookup cim_corporate_web_domain_lookup' },
    origin: 'built-in',
  },
  {
    name: 'cim_corporate_web_domain_search',
    args: ['field'],
    body: { kind: 'text', definition: '[| `cim_corporate_web_domains` | rename domain as $field$ | format | fields search]' },
    origin: 'built-in',
  },
  {
    // Enterprise Security's asset lookup macro. Its exact definition ships with ES, not CIM;
    // this stand-in performs the same two lookups (by string key, then by CIDR) with ES's
    // documented asset fields prefixed by the field name. Override it with --macros.
    name: 'get_asset',
    args: ['field'],
    body: {
      kind: 'text',
      definition: `lookup asset_lookup_by_str key as $field$ OUTPUTNEW ${ASSET_OUTPUTS} | lookup asset_lookup_by_cidr key as $field$ OUTPUTNEW ${ASSET_OUTPUTS}`,
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
