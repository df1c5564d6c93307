import type { LookupDefinition } from './definitions.js';

/**
 * Lookups that ESCU detections use but security_content does not ship: Splunk
 * Enterprise Security and the CIM add-on define them, and their rows are each
 * organisation's own (asset inventory, approved ports, corporate domains).
 * splice knows their fields and uses them empty, as on a fresh install, and
 * says so with a warning; a CSV or definition of the same name in the
 * --lookups directory replaces the stand-in.
 */
export interface AppProvidedLookup {
  readonly name: string;
  readonly app: string;
  readonly fields: readonly string[];
  /** Where the fields are documented. */
  readonly doc: string;
}

/** Enterprise Security's asset fields (Asset and Identity framework), as the asset lookups return them. */
export const ES_ASSET_FIELDS = [
  'asset', 'asset_id', 'asset_tag', 'bunit', 'category', 'city', 'country', 'dns', 'ip', 'is_expected', 'lat', 'long', 'mac', 'nt_host', 'owner', 'pci_domain', 'priority', 'requires_av',
] as const;

const ES_ASSETS_DOC = 'https://docs.splunk.com/Documentation/ES/latest/Admin/Assetandidentityfields';
const CIM_DOMAINS_DOC = 'https://docs.splunk.com/Documentation/CIM/latest/User/Setup';

export const APP_PROVIDED_LOOKUPS: readonly AppProvidedLookup[] = [
  { name: 'asset_lookup_by_str', app: 'Splunk Enterprise Security', fields: ['key', ...ES_ASSET_FIELDS], doc: ES_ASSETS_DOC },
  { name: 'asset_lookup_by_cidr', app: 'Splunk Enterprise Security', fields: ['key', ...ES_ASSET_FIELDS], doc: ES_ASSETS_DOC },
  {
    name: 'interesting_ports_lookup',
    app: 'Splunk Enterprise Security',
    fields: ['app', 'dest', 'dest_port', 'transport', 'is_required', 'is_prohibited', 'is_secure', 'note'],
    doc: 'https://docs.splunk.com/Documentation/ES/latest/Admin/Manageinterestingports',
  },
  {
    name: 'alexa_lookup_by_str',
    app: 'Splunk Enterprise Security',
    fields: ['domain', 'rank'],
    doc: 'https://docs.splunk.com/Documentation/ES/latest/Admin/Lookupsthatcontainlistsofinformation',
  },
  { name: 'cim_corporate_web_domain_lookup', app: 'the Splunk Common Information Model add-on', fields: ['domain'], doc: CIM_DOMAINS_DOC },
  { name: 'cim_corporate_email_domain_lookup', app: 'the Splunk Common Information Model add-on', fields: ['domain'], doc: CIM_DOMAINS_DOC },
];

const BY_NAME = new Map(APP_PROVIDED_LOOKUPS.map((l) => [l.name, l]));

/** The stand-in for a lookup a Splunk app provides; undefined for other names. */
export function appProvidedLookup(name: string): AppProvidedLookup | undefined {
  return BY_NAME.get(name);
}

/** The empty stand-in for a lookup a Splunk app provides; undefined for other names. */
export function appProvidedStandIn(name: string): { definition: LookupDefinition; fields: readonly string[]; rows: readonly [] } | undefined {
  const lookup = BY_NAME.get(name);
  if (lookup === undefined) return undefined;
  const definition: LookupDefinition = { name, source: `${lookup.app} (not shipped with security_content)`, providedBy: lookup.app };
  return { definition, fields: lookup.fields, rows: [] };
}
