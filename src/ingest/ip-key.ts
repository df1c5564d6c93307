import { ipKey } from '../values/ip.js';

const DOT = 46;
const ZERO = 48;
const NINE = 57;

/**
 * The `__ipkey` bytes of a field's text, as values/ip.ts's ipKey() builds them,
 * with the usual forms read by hand: through ipaddr.js an address costs more
 * than the rest of its row. Text without a colon can only be IPv4, and ipKey()
 * accepts exactly the strict dotted quad (four decimal parts of 0-255, no
 * leading zeros), so the hand parser decides those alone; plain IPv6 is read
 * by hand too, and any other text with a colon goes to ipKey().
 * test/ingest/ip-key.test.ts checks they agree. An IPv4 key is written into
 * `scratch` when given (5 bytes), for callers that consume the bytes before
 * the next call.
 */
export function ipKeyBuffer(text: string, scratch?: Buffer): Buffer | null {
  if (text.indexOf(':') >= 0) {
    const simple = simpleIpv6Key(text);
    if (simple !== undefined) return simple;
    const key = ipKey(text);
    return key === null ? null : Buffer.from(key);
  }
  return ipv4Key(text, scratch !== undefined && scratch.length === 5 ? scratch : Buffer.allocUnsafe(5));
}

/**
 * IPv6 in its plain form, read by hand: groups of 1-4 hex digits, eight of
 * them or at most seven around one `::`. ipaddr.js accepts all of these (its
 * failed IPv4 attempt throws first, tens of µs a value); anything else
 * (a dotted tail, a zone, odd colons) is undefined and left to ipKey().
 */
function simpleIpv6Key(text: string): Buffer | undefined {
  const head: number[] = [];
  const tail: number[] = [];
  let groups = head;
  let i = 0;
  const len = text.length;
  if (text.startsWith('::')) {
    groups = tail;
    i = 2;
    if (len === 2) return ipv6Buffer(head, tail);
  }
  for (;;) {
    let value = 0;
    let digits = 0;
    for (; i < len && digits <= 4; i++, digits++) {
      const h = hexValue(text.charCodeAt(i));
      if (h < 0) break;
      value = value * 16 + h;
    }
    if (digits === 0 || digits > 4) return undefined;
    groups.push(value);
    if (i === len) break;
    if (text.charCodeAt(i) !== COLON) return undefined;
    i++;
    if (i < len && text.charCodeAt(i) === COLON) {
      if (groups === tail) return undefined; // a second ::
      groups = tail;
      i++;
      if (i === len) break;
    } else if (i === len) {
      return undefined; // a single trailing colon
    }
  }
  const count = head.length + tail.length;
  const compressed = groups === tail;
  if (compressed ? count > 7 : count !== 8) return undefined;
  return ipv6Buffer(head, tail);
}

const COLON = 58;

function hexValue(c: number): number {
  if (c >= ZERO && c <= NINE) return c - ZERO;
  const lower = c | 0x20;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/** Version byte 6, then the eight groups big-endian, the `::` gap as zeros. */
function ipv6Buffer(head: readonly number[], tail: readonly number[]): Buffer {
  const out = Buffer.alloc(17);
  out[0] = 6;
  head.forEach((g, k) => out.writeUInt16BE(g, 1 + 2 * k));
  tail.forEach((g, k) => out.writeUInt16BE(g, 1 + 2 * (8 - tail.length + k)));
  return out;
}

/** Writes the key into `out` (5 bytes) and returns it, or null (out's bytes are then unspecified). */
function ipv4Key(text: string, out: Buffer): Buffer | null {
  const len = text.length;
  if (len < 7 || len > 15) return null;
  out[0] = 4;
  let part = 1;
  let value = 0;
  let digits = 0;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c >= ZERO && c <= NINE) {
      if (digits === 1 && value === 0) return null; // leading zero
      value = value * 10 + (c - ZERO);
      digits++;
      if (value > 255) return null;
    } else if (c === DOT && digits > 0 && part < 4) {
      out[part++] = value;
      value = 0;
      digits = 0;
    } else {
      return null;
    }
  }
  if (digits === 0 || part !== 4) return null;
  out[4] = value;
  return out;
}
