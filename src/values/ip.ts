import ipaddr from 'ipaddr.js';

/**
 * IP addresses as sortable keys: a version byte (4 or 6) followed by the address
 * bytes, big-endian. Byte order of keys is address order, and IPv4 and IPv6 keys
 * never interleave, so a CIDR block is one BETWEEN range on an indexed column.
 */
export type IpKey = Uint8Array;

/**
 * Strict parse: dotted-quad IPv4 (ipaddr.js would read `010.0.0.1` as octal and
 * accept short forms) or IPv6 without a zone and with a strict dotted tail.
 */
export function parseIp(text: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return ipaddr.IPv4.parse(text);
  if (!text.includes(':') || text.includes('%') || !ipaddr.IPv6.isValid(text)) return null;
  const embedded = text.includes('.') ? text.slice(text.lastIndexOf(':') + 1) : null;
  if (embedded !== null && !ipaddr.IPv4.isValidFourPartDecimal(embedded)) return null;
  return ipaddr.IPv6.parse(text);
}

export function ipKey(text: string): IpKey | null {
  const ip = parseIp(text);
  if (ip === null) return null;
  return keyOf(ip);
}

function keyOf(ip: ipaddr.IPv4 | ipaddr.IPv6): IpKey {
  const bytes = ip.toByteArray();
  return Uint8Array.from([ip.kind() === 'ipv4' ? 4 : 6, ...bytes]);
}

export interface CidrRange {
  readonly text: string;
  readonly low: IpKey;
  readonly high: IpKey;
}

/** `10.0.0.0/8` or `2001:db8::/32` → its first and last keys; null when not a CIDR. */
export function parseCidr(text: string): CidrRange | null {
  const slash = text.indexOf('/');
  if (slash < 0) return null;
  const base = parseIp(text.slice(0, slash));
  const bitsText = text.slice(slash + 1);
  if (base === null || !/^\d{1,3}$/.test(bitsText)) return null;
  const bits = Number(bitsText);
  const width = base.kind() === 'ipv4' ? 32 : 128;
  if (bits > width) return null;
  const bytes = base.toByteArray();
  const low = bytes.map((b, i) => b & maskByte(bits, i));
  const high = bytes.map((b, i) => (b & maskByte(bits, i)) | (~maskByte(bits, i) & 0xff));
  const version = base.kind() === 'ipv4' ? 4 : 6;
  return { text, low: Uint8Array.from([version, ...low]), high: Uint8Array.from([version, ...high]) };
}

function maskByte(bits: number, index: number): number {
  const remaining = bits - index * 8;
  if (remaining >= 8) return 0xff;
  if (remaining <= 0) return 0;
  return (0xff << (8 - remaining)) & 0xff;
}

export function compareKeys(a: IpKey, b: IpKey): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** cidrmatch semantics: a value that is not an IP never matches. */
export function ipInRange(value: string, range: CidrRange): boolean {
  const key = ipKey(value);
  return key !== null && compareKeys(key, range.low) >= 0 && compareKeys(key, range.high) <= 0;
}
