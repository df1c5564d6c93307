import type { InputValue } from './record.js';

/**
 * Zeek conn.log → CIM Network_Traffic (All_Traffic.* without the prefix), as
 * Splunk's Zeek add-on does it at search time. Sources, read 2025 via public copies:
 *
 * [TA]  Splunk_TA_bro ("Splunk Add-on for Zeek aka Bro", Splunkbase app 1617), as
 *       copied in github.com/ThreatNerdz/Splunk_TA_bro_patched local/props.conf and
 *       local/transforms.conf (bro→zeek renamed), and github.com/InfinityWatch/TA-Zeek
 *       default/props.conf + default/transforms.conf (same lineage). Stanzas
 *       [(?::){0}bro:*:json] and [(?::){0}bro(_|:)*].
 * [CS]  conn_state → action lookup: github.com/chriswhitehat/splunk_ta_bro
 *       lookups/bro_conn_state.csv (identical in InfinityWatch/TA-Zeek
 *       lookups/zeek_conn_state.csv). Vendor: same repo, lookups/bro_vendor_info.csv.
 * [CL]  Corelight "TA for Zeek" (Splunkbase 5446, Aplura), README release notes
 *       1.0.9 quoting its former [(?::){0}bro(_|:)*] stanza: EVAL-direction,
 *       EVAL-transport; FIELDALIAS uid ASNEW session_id.
 */
export interface ZeekCimMapping {
  /** Zeek field(s) read; '' for a constant. */
  readonly zeek: string;
  readonly cim: string;
  /** 'alias': value copied as is; 'computed': derived in mapZeekConn. */
  readonly kind: 'alias' | 'computed';
  readonly note: string;
}

export const ZEEK_CONN_TO_CIM: readonly ZeekCimMapping[] = [
  { zeek: 'ts', cim: '_time', kind: 'alias', note: 'epoch seconds as text; parsed by the table writer' },
  { zeek: 'id.orig_h', cim: 'src', kind: 'alias', note: '[TA] FIELDALIAS-src0 = id.orig_h AS src' },
  { zeek: 'id.orig_h', cim: 'src_ip', kind: 'alias', note: '[TA] FIELDALIAS-src_ip0 = id.orig_h AS src_ip' },
  { zeek: 'id.orig_p', cim: 'src_port', kind: 'alias', note: '[TA] FIELDALIAS-src_port0 = id.orig_p AS src_port' },
  { zeek: 'id.resp_h', cim: 'dest', kind: 'alias', note: '[TA] FIELDALIAS-dest0 = id.resp_h AS dest' },
  { zeek: 'id.resp_h', cim: 'dest_ip', kind: 'alias', note: '[TA] FIELDALIAS-dest_ip0 = id.resp_h AS dest_ip' },
  { zeek: 'id.resp_p', cim: 'dest_port', kind: 'alias', note: "[TA] EVAL-dest_port = coalesce('id.resp_p',id_resp_p)" },
  { zeek: 'service', cim: 'app', kind: 'alias', note: '[TA] FIELDALIAS-service = service AS app' },
  { zeek: 'duration', cim: 'duration', kind: 'alias', note: '[TA] EVAL-duration = if(isnum(duration),duration,null())' },
  { zeek: 'uid', cim: 'flow_id', kind: 'alias', note: '[TA] FIELDALIAS-uid = uid AS flow_id' },
  { zeek: 'uid', cim: 'session_id', kind: 'alias', note: '[CL] uid ASNEW session_id' },
  {
    zeek: 'proto',
    cim: 'transport',
    kind: 'alias',
    note: '[CL] EVAL-transport = proto. [TA] instead looks up the sourcetype (bro_protocols.csv: conn → "tcp" for every flow, UDP too); not copied',
  },
  {
    zeek: 'orig_bytes',
    cim: 'bytes_in',
    kind: 'alias',
    note: '[TA] transforms [bytes_in_int] SOURCE_KEY = orig_bytes → bytes_in (sic: originator bytes become bytes_in)',
  },
  { zeek: 'resp_bytes', cim: 'bytes_out', kind: 'alias', note: '[TA] transforms [bytes_out_int] SOURCE_KEY = resp_bytes → bytes_out' },
  { zeek: 'orig_pkts', cim: 'packets_out', kind: 'alias', note: '[TA] FIELDALIAS-orig_pkts = orig_pkts AS packets_out' },
  { zeek: 'resp_pkts', cim: 'packets_in', kind: 'alias', note: '[TA] FIELDALIAS-resp_pkts = resp_pkts AS packets_in' },
  { zeek: 'conn_state', cim: 'tcp_flag', kind: 'alias', note: '[TA] [bro:conn:json] FIELDALIAS-tcp_flag = conn_state AS tcp_flag' },
  { zeek: 'orig_bytes,resp_bytes', cim: 'bytes', kind: 'computed', note: '[TA] EVAL-bytes = if(isnum(bytes),bytes,bytes_in+bytes_out): both must be numbers' },
  { zeek: 'orig_pkts,resp_pkts', cim: 'packets', kind: 'computed', note: '[TA] EVAL-packets = packets_in + packets_out: both must be numbers' },
  {
    zeek: 'conn_state',
    cim: 'action',
    kind: 'computed',
    note: '[CS] LOOKUP-LookupConnState conn_state OUTPUT action: S0 RSTOS0 RSTRH SH SHR → dropped; REJ → blocked; S1 SF S2 S3 RSTO RSTR OTH → allowed; other → absent',
  },
  {
    zeek: 'local_orig,local_resp',
    cim: 'direction',
    kind: 'computed',
    note: '[CL] EVAL-direction: T/T internal, T/F outbound, F/F external, F/T inbound, else "unknown" (T/F and true/false both accepted)',
  },
  { zeek: '', cim: 'vendor_product', kind: 'computed', note: '[CS] bro_vendor_info.csv: bro_* → vendor Bro, product Bro; OUTPUT product AS vendor_product' },
  { zeek: '', cim: 'vendor', kind: 'computed', note: '[CS] bro_vendor_info.csv' },
  { zeek: '', cim: 'product', kind: 'computed', note: '[CS] bro_vendor_info.csv' },
];

/** [CS] bro_conn_state.csv, action column. */
export const CONN_STATE_ACTION: ReadonlyMap<string, string> = new Map([
  ['S0', 'dropped'],
  ['S1', 'allowed'],
  ['SF', 'allowed'],
  ['REJ', 'blocked'],
  ['S2', 'allowed'],
  ['S3', 'allowed'],
  ['RSTO', 'allowed'],
  ['RSTR', 'allowed'],
  ['RSTOS0', 'dropped'],
  ['RSTRH', 'dropped'],
  ['SH', 'dropped'],
  ['SHR', 'dropped'],
  ['OTH', 'allowed'],
]);

const ZEEK_VENDOR = 'Bro';

function one(v: InputValue | undefined): string | undefined {
  return typeof v === 'string' ? v : v?.[0];
}

/** Zeek TSV writes T/F, Zeek JSON true/false. */
function bool(v: InputValue | undefined): boolean | undefined {
  const s = one(v);
  if (s === 'T' || s === 'true') return true;
  if (s === 'F' || s === 'false') return false;
  return undefined;
}

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Sum of two counts as text, only when both are plain non-negative integers. */
function sumCounts(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return undefined;
  if (!isDigits(a) || !isDigits(b)) return undefined;
  return (BigInt(a) + BigInt(b)).toString();
}

function direction(orig: boolean | undefined, resp: boolean | undefined): string {
  if (orig === true) return resp === true ? 'internal' : resp === false ? 'outbound' : 'unknown';
  if (orig === false) return resp === false ? 'external' : resp === true ? 'inbound' : 'unknown';
  return 'unknown';
}

const ALIASES = ZEEK_CONN_TO_CIM.filter((m) => m.kind === 'alias');

/**
 * CIM fields for one conn.log record. Every input field passes through under
 * its own name too (Splunk's aliases add fields, they don't remove any), so
 * extra columns such as Stratosphere's label/detailedlabel survive.
 */
export function mapZeekConn(values: ReadonlyMap<string, InputValue>): Map<string, InputValue> {
  const out = new Map<string, InputValue>(values);
  for (const m of ALIASES) {
    const v = values.get(m.zeek);
    if (v !== undefined) out.set(m.cim, v);
  }
  const bytes = sumCounts(one(values.get('orig_bytes')), one(values.get('resp_bytes')));
  if (bytes !== undefined) out.set('bytes', bytes);
  const packets = sumCounts(one(values.get('orig_pkts')), one(values.get('resp_pkts')));
  if (packets !== undefined) out.set('packets', packets);
  const state = one(values.get('conn_state'));
  const action = state === undefined ? undefined : CONN_STATE_ACTION.get(state);
  if (action !== undefined) out.set('action', action);
  out.set('direction', direction(bool(values.get('local_orig')), bool(values.get('local_resp'))));
  out.set('vendor', ZEEK_VENDOR);
  out.set('product', ZEEK_VENDOR);
  out.set('vendor_product', ZEEK_VENDOR);
  return out;
}
