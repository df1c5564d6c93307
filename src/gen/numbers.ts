import type { Rng } from './random.js';

/** Makes one value of a field, as the text a source would carry. */
export type Draw = (rng: Rng) => string;

/** Well-known service ports, most common first: web, DNS, SSH, SMB, RDP, then the rest detections name. */
export const COMMON_PORTS: readonly string[] = ['443', '80', '53', '22', '445', '3389', '8080', '139', '25', '123', '135', '389', '88', '636', '1433', '3306', '5985', '8443', '21', '23', '4444'];

const ephemeralPort: Draw = (rng) => String(rng.int(49152, 65535));

const destPort: Draw = (rng) => (rng.chance(0.9) ? rng.pickSkewed(COMMON_PORTS) : String(rng.int(1024, 65535)));

const srcPort: Draw = (rng) => (rng.chance(0.85) ? ephemeralPort(rng) : rng.pickSkewed(COMMON_PORTS));

/** Sizes and counts span orders of magnitude, so they are log-uniform: many small flows, a few large ones. */
function logUniform(low: number, high: number): Draw {
  const lnLow = Math.log(low);
  const range = Math.log(high) - lnLow;
  return (rng) => String(Math.floor(Math.exp(lnLow + rng.next() * range)));
}

function intRange(low: number, high: number): Draw {
  return (rng) => String(rng.int(low, high));
}

function oneOf(values: readonly string[]): Draw {
  return (rng) => rng.pickSkewed(values);
}

const seconds: Draw = (rng) => (rng.next() * rng.next() * 600).toFixed(3);

const EXACT: ReadonlyMap<string, Draw> = new Map<string, Draw>([
  ['dest_port', destPort],
  ['dest_translated_port', destPort],
  ['src_port', srcPort],
  ['src_translated_port', srcPort],
  ['duration', seconds],
  ['response_time', intRange(1, 5000)],
  ['delay', intRange(0, 2000)],
  ['spent', intRange(1, 90_000)],
  ['total_run_time', seconds],
  ['retries', (rng) => String(rng.skewedIndex(6))],
  ['lease_duration', oneOf(['86400', '3600', '28800', '691200'])],
  ['process_id', (rng) => String(rng.int(1, 16383) * 4)],
  ['parent_process_id', (rng) => String(rng.int(1, 16383) * 4)],
  ['ttl', oneOf(['64', '128', '255', '32'])],
  ['icmp_type', oneOf(['8', '0', '3', '11'])],
  ['channel', intRange(1, 13)],
  ['cpu_load_percent', intRange(0, 100)],
  ['mem_used', logUniform(1_000_000, 16_000_000_000)],
  ['risk_score', oneOf(['56', '64', '25', '40', '80', '100', '30', '49', '72', '16'])],
  ['calculated_risk_score', oneOf(['56', '64', '25', '40', '80', '100', '30', '49', '72', '16'])],
  ['cvss', (rng) => (rng.int(10, 100) / 10).toFixed(1)],
  ['transaction_id', (rng) => String(rng.uint32())],
  ['retention', oneOf(['90', '30', '365', '7'])],
  ['ssl_validity_window', oneOf(['7776000', '31536000', '63072000', '2592000'])],
  ['recipient_count', intRange(1, 5)],
  ['filter_score', intRange(0, 100)],
  ['risk_rule_confidence_num', intRange(10, 100)],
  ['risk_rule_impact_num', intRange(10, 100)],
  // Identity_Management: epoch dates around the default generated week (October 2024), and days relative to now.
  ['startDate', intRange(1_420_070_400, 1_727_654_400)],
  ['endDate', intRange(1_717_200_000, 1_748_736_000)],
  ['user_endDate', intRange(1_717_200_000, 1_748_736_000)],
  ['src_user_endDate', intRange(1_717_200_000, 1_748_736_000)],
  ['employedDays', intRange(0, 3650)],
  ['expiredDays', intRange(-365, 365)],
  ['lat', (rng) => (rng.next() * 180 - 90).toFixed(4)],
  ['long', (rng) => (rng.next() * 360 - 180).toFixed(4)],
]);

/**
 * How to draw a numeric field, by name: ports, sizes (`bytes*`, `*size`),
 * packet counts, durations, ids; 0–1000 for a number splice knows nothing
 * about. Undefined for a string field that is not numeric by name.
 */
export function numberDraw(field: string, isNumber: boolean): Draw | undefined {
  const exact = EXACT.get(field);
  if (exact) return exact;
  if (field.endsWith('_port')) return field.startsWith('src') ? srcPort : destPort;
  if (field.startsWith('bytes') || field.endsWith('size')) return logUniform(40, 50_000_000);
  if (field.startsWith('packets')) return logUniform(1, 50_000);
  if (field.endsWith('_count') || field.startsWith('risk_modifier_count')) return (rng) => String(rng.skewedIndex(20));
  if (!isNumber) return undefined;
  if (field.endsWith('_length')) return intRange(10, 300);
  if (field.endsWith('_time')) return seconds;
  return intRange(0, 1000);
}
