import type { Rng } from './random.js';

/**
 * IP addresses for generated events: mostly private IPv4 (the inside of a
 * network), some public IPv4, a few IPv6. CIDR detections (`dest_ip=10.0.0.0/8`,
 * `NOT cidrmatch("192.168.0.0/16", src)`) then split the rows both ways.
 */

/** First octets never drawn for public addresses: private, loopback, CGNAT, link-local, documentation, benchmarking, multicast and reserved blocks live there. */
const NOT_PUBLIC_FIRST_OCTETS = new Set([0, 10, 100, 127, 169, 172, 192, 198, 203]);

export function privateIpv4(rng: Rng): string {
  const block = rng.int(0, 2);
  if (block === 0) return `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  if (block === 1) return `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  return `192.168.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

export function publicIpv4(rng: Rng): string {
  let first = rng.int(1, 223);
  while (NOT_PUBLIC_FIRST_OCTETS.has(first)) first = rng.int(1, 223);
  return `${first}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

/** Real global-unicast prefixes (not 2001:db8::/32, which is documentation). */
const GLOBAL_V6_PREFIXES: readonly string[] = ['2001:4860', '2606:4700', '2a00:1450', '2620:fe'];

function group(rng: Rng): string {
  return rng.int(0, 0xffff).toString(16);
}

/** Global, unique-local (fd00::/8) or link-local (fe80::/64), in the text form ipaddr.js and Splunk both read. */
export function ipv6(rng: Rng): string {
  const kind = rng.int(0, 2);
  const tail = `${group(rng)}:${group(rng)}:${group(rng)}:${group(rng)}`;
  if (kind === 0) return `${rng.pick(GLOBAL_V6_PREFIXES)}:${group(rng)}:${group(rng)}:${tail}`;
  if (kind === 1) return `fd${rng.int(0, 255).toString(16).padStart(2, '0')}:${group(rng)}:${group(rng)}:${group(rng)}:${tail}`;
  return `fe80::${tail}`;
}

/** A pool of distinct addresses: 65% private IPv4, 25% public IPv4, 10% IPv6. */
export function ipPool(rng: Rng, size: number): string[] {
  const seen = new Set<string>();
  while (seen.size < size) {
    const u = rng.next();
    seen.add(u < 0.65 ? privateIpv4(rng) : u < 0.9 ? publicIpv4(rng) : ipv6(rng));
  }
  return [...seen];
}

export function macAddress(rng: Rng): string {
  const parts: string[] = [];
  for (let i = 0; i < 6; i++) parts.push(rng.int(0, 255).toString(16).padStart(2, '0'));
  return parts.join(':');
}
