import type { ColumnSpec, RootTable } from '../datamodels/schema.js';
import { domainValues } from './domains.js';
import { numberDraw, type Draw } from './numbers.js';
import { guid, type TablePools } from './pools.js';
import { DOMAIN_NAMES, FILE_PATHS, HOSTS, PARENT_PROCESSES, PROCESSES, REGISTRY_PATHS, SOURCETYPES, USER_AGENTS, USERS } from './vocabulary.js';

/**
 * Where a field's values come from:
 * - `list`: fixed values, picked with a skew so the first are the common ones;
 * - `draw`: a fresh value per row (sizes, ports, unique ids);
 * - `linked`: a list whose index is shared by every field of `group` in a row,
 *   so `process_name` is the program `process` runs and `src` is `src_ip`.
 */
export type FieldSource =
  | { readonly kind: 'list'; readonly values: readonly string[] }
  | { readonly kind: 'draw'; readonly draw: Draw }
  | { readonly kind: 'linked'; readonly group: string; readonly values: readonly string[] };

export interface FieldContext {
  readonly table: RootTable;
  readonly pools: TablePools;
  /** Values the table's dataset constraints name, by field (see constraints.ts). */
  readonly constraints: ReadonlyMap<string, readonly string[]>;
}

const list = (values: readonly string[]): FieldSource => ({ kind: 'list', values });
const draw = (d: Draw): FieldSource => ({ kind: 'draw', draw: d });

/** Fields with a value per event rather than a few recurring ones. */
const UNIQUE_IDS = new Set(['session_id', 'flow_id', 'search_id', 'message_id', 'internal_message_id', 'sid', 'orig_sid', 'ssl_session_id', 'ssl_serial', 'process_guid', 'parent_process_guid']);

export function fieldSource(ctx: FieldContext, column: ColumnSpec): FieldSource {
  const { table, pools } = ctx;
  const field = column.field;
  if (field === 'sourcetype') return list(ctx.constraints.get(field) ?? SOURCETYPES[table.model.name] ?? [table.model.name.toLowerCase()]);
  if (field === 'host') return list(HOSTS);
  if (field === 'source') return list(['udp:514', 'WinEventLog:Security', '/var/log/secure', 'http:hec', '/opt/zeek/logs/current/conn.log']);
  const linked = linkedSource(ctx, field);
  if (linked) return linked;
  const fixed = domainValues(table.name, table.model.name, field);
  const named = ctx.constraints.get(field);
  // The curated list sets the frequency order; constraint values it lacks follow, in the order written.
  if (named || fixed) return list([...new Set([...(fixed ?? []), ...(named ?? [])])]);
  if (column.fieldType === 'ip') return list(pools.ips());
  if (column.fieldType === 'boolean') return list(['true', 'false']);
  if (UNIQUE_IDS.has(field)) return draw(field.endsWith('guid') ? guid : (rng) => rng.hex(16));
  // Numbers first: `response_time` is a duration and `process_id` a number even where a model types them as text.
  const numeric = numberDraw(field, column.fieldType === 'number');
  if (numeric) return draw(numeric);
  return stringByName(ctx, field) ?? list(pools.generic(field));
}

/** Text fields recognised by their name's shape (`*_hash`, `*_mac`, `*_user` …). */
function stringByName(ctx: FieldContext, field: string): FieldSource | undefined {
  const { pools } = ctx;
  if (['src', 'dest', 'dvc', 'orig_src', 'orig_dest'].includes(field)) return list(pools.hostsOrIps());
  if (field.endsWith('_ip') || field === 'answer' || field === 'ip') return list(pools.ips());
  if (field.endsWith('_hash') || field === 'digest') return list(pools.sha256());
  if (field.endsWith('_guid')) return list(pools.guids());
  if (field.endsWith('_mac') || field === 'mac') return list(pools.macs());
  if (field.endsWith('email') || (ctx.table.model.name === 'Email' && /^(src_user|recipient|orig_recipient|return_addr)$/.test(field))) return list(pools.emails());
  if (field.endsWith('_nt_domain')) return list(DOMAIN_NAMES);
  if (field.endsWith('_nt_host') || field.endsWith('_dns') || ['nt_host', 'dns', 'dest_name', 'splunk_server'].includes(field)) return list(HOSTS);
  if (/(^|_)user(_name)?$/.test(field) || ['owner', 'creator', 'vendor_account', 'parent_user'].includes(field)) return list(USERS);
  if (field === 'query' || field.endsWith('_domain') || field.endsWith('_common_name') || field === 'ssl_name') return list(pools.domains());
  if (field === 'url' || field.endsWith('_url') || field === 'http_referrer') return list(pools.urls().map((u) => u.url));
  if (field === 'command') return list(PROCESSES.map((p) => p.commandLine));
  if (field.endsWith('_time') || field === 'date') return list(pools.isoTimes());
  if (field === 'user_agent') return list(USER_AGENTS);
  if (field === 'risk_object') return list([...HOSTS, ...USERS]);
  if (field.endsWith('_id') && !field.startsWith('annotations')) return list(Array.from({ length: 16 }, (_, i) => String(1000 + i * 17)));
  return undefined;
}

/** Fields that describe one thing together, and the list each takes its value from. */
function linkedSource(ctx: FieldContext, field: string): FieldSource | undefined {
  const link = (group: string, values: readonly string[]): FieldSource => ({ kind: 'linked', group, values });
  const process = (prefix: string, entries: typeof PROCESSES): FieldSource | undefined => {
    if (field === `${prefix}process_name` || field === `${prefix}process_exec`) return link(prefix + 'process', entries.map((p) => p.name));
    if (field === `${prefix}process`) return link(prefix + 'process', entries.map((p) => p.commandLine));
    if (field === `${prefix}process_path`) return link(prefix + 'process', entries.map((p) => p.path));
    return undefined;
  };
  const linkedProcess = process('', PROCESSES) ?? process('parent_', PARENT_PROCESSES);
  if (linkedProcess) return linkedProcess;
  if (field === 'original_file_name') return link('process', PROCESSES.map((p) => p.name.toUpperCase()));
  if (field === 'file_path') return link('file', FILE_PATHS);
  if (field === 'file_name') return link('file', FILE_PATHS.map((p) => p.slice(Math.max(p.lastIndexOf('\\'), p.lastIndexOf('/')) + 1)));
  if (field === 'registry_path') return link('registry', REGISTRY_PATHS);
  if (field === 'registry_key_name') return link('registry', REGISTRY_PATHS.map((p) => p.slice(0, p.lastIndexOf('\\'))));
  if (field === 'registry_value_name') return link('registry', REGISTRY_PATHS.map((p) => p.slice(p.lastIndexOf('\\') + 1)));
  if (field === 'registry_hive') return link('registry', REGISTRY_PATHS.map((p) => (p.startsWith('HKLM') ? 'HKEY_LOCAL_MACHINE' : 'HKEY_CURRENT_USER')));
  if (field === 'http_user_agent') return link('user_agent', USER_AGENTS);
  if (field === 'http_user_agent_length') return link('user_agent', USER_AGENTS.map((a) => String(a.length)));
  if (field === 'user' || field === 'user_name') return link('user', USERS);
  const urls = ['url', 'url_domain', 'uri', 'uri_path', 'uri_query', 'url_length'];
  if (ctx.table.model.name === 'Web' && urls.includes(field)) {
    const entries = ctx.pools.urls();
    const pick = (e: (typeof entries)[number]): string => {
      if (field === 'url') return e.url;
      if (field === 'url_domain') return e.domain;
      if (field === 'uri_path') return e.path;
      if (field === 'uri_query') return e.query;
      if (field === 'uri') return e.query === '' ? e.path : `${e.path}?${e.query}`;
      return String(e.url.length);
    };
    return link('url', entries.map(pick));
  }
  // src and src_ip name the same address when a dataset has both.
  const base = field.endsWith('_ip') ? field.slice(0, -3) : field;
  if (['src', 'dest', 'dvc'].includes(base) && ctx.table.byField.has(`${base}_ip`) && ctx.table.byField.has(base)) return link(base, ctx.pools.ips());
  return undefined;
}
