/**
 * Encoder for the data section of the MaxMind DB format v2.0, written from the
 * published spec (https://maxmind.github.io/MaxMind-DB/). Test support only.
 */

/** Spec type numbers; types above 7 use the "extended" two-byte control form. */
const TYPE = {
  string: 2,
  double: 3,
  bytes: 4,
  uint16: 5,
  uint32: 6,
  map: 7,
  int32: 8,
  uint64: 9,
  uint128: 10,
  array: 11,
  boolean: 14,
  float: 15,
} as const;

type TypedSpec =
  | { readonly kind: 'uint16' | 'uint32' | 'int32' | 'float'; readonly value: number }
  | { readonly kind: 'uint64' | 'uint128'; readonly value: bigint }
  | { readonly kind: 'bytes'; readonly value: Uint8Array };

/** A value whose wire type a plain JS value cannot express (a JS number encodes as a double). */
export class MmdbTyped {
  constructor(readonly spec: TypedSpec) {}
}

export type MmdbValue =
  | string
  | number
  | boolean
  | MmdbTyped
  | readonly MmdbValue[]
  | { readonly [key: string]: MmdbValue };

export const uint16 = (value: number): MmdbTyped => new MmdbTyped({ kind: 'uint16', value });
export const uint32 = (value: number): MmdbTyped => new MmdbTyped({ kind: 'uint32', value });
export const int32 = (value: number): MmdbTyped => new MmdbTyped({ kind: 'int32', value });
export const float = (value: number): MmdbTyped => new MmdbTyped({ kind: 'float', value });
export const uint64 = (value: bigint): MmdbTyped => new MmdbTyped({ kind: 'uint64', value });
export const uint128 = (value: bigint): MmdbTyped => new MmdbTyped({ kind: 'uint128', value });
export const bytes = (value: Uint8Array): MmdbTyped => new MmdbTyped({ kind: 'bytes', value });

/** Control byte(s) plus the size extension: sizes 29+ spill into 1–3 following bytes. */
function header(type: number, size: number): Buffer {
  let sizeBits: number;
  let extra: number[];
  if (size < 29) {
    sizeBits = size;
    extra = [];
  } else if (size < 285) {
    sizeBits = 29;
    extra = [size - 29];
  } else if (size < 65_821) {
    sizeBits = 30;
    const v = size - 285;
    extra = [v >> 8, v & 0xff];
  } else {
    const v = size - 65_821;
    if (v >= 2 ** 24) throw new Error(`mmdb: payload too large (${size} bytes)`);
    sizeBits = 31;
    extra = [(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff];
  }
  const control = type <= 7 ? [(type << 5) | sizeBits] : [sizeBits, type - 7];
  return Buffer.from([...control, ...extra]);
}

/** Big-endian unsigned bytes with leading zeros dropped, as the spec allows (0 → no bytes). */
function unsignedBytes(value: bigint, maxBytes: number, kind: string): Buffer {
  if (value < 0n || value >= 1n << BigInt(maxBytes * 8)) throw new Error(`mmdb: ${value} out of range for ${kind}`);
  const out: number[] = [];
  for (let v = value; v > 0n; v >>= 8n) out.unshift(Number(v & 0xffn));
  return Buffer.from(out);
}

function encodeTyped(spec: TypedSpec): Buffer {
  switch (spec.kind) {
    case 'uint16':
    case 'uint32': {
      if (!Number.isInteger(spec.value)) throw new Error(`mmdb: ${spec.kind} needs an integer, got ${spec.value}`);
      const payload = unsignedBytes(BigInt(spec.value), spec.kind === 'uint16' ? 2 : 4, spec.kind);
      return Buffer.concat([header(TYPE[spec.kind], payload.length), payload]);
    }
    case 'uint64':
    case 'uint128': {
      const payload = unsignedBytes(spec.value, spec.kind === 'uint64' ? 8 : 16, spec.kind);
      return Buffer.concat([header(TYPE[spec.kind], payload.length), payload]);
    }
    case 'int32': {
      // Always four bytes: readers treat shorter int32 payloads as unsigned.
      const payload = Buffer.alloc(4);
      payload.writeInt32BE(spec.value);
      return Buffer.concat([header(TYPE.int32, 4), payload]);
    }
    case 'float': {
      const payload = Buffer.alloc(4);
      payload.writeFloatBE(spec.value);
      return Buffer.concat([header(TYPE.float, 4), payload]);
    }
    case 'bytes':
      return Buffer.concat([header(TYPE.bytes, spec.value.length), Buffer.from(spec.value)]);
  }
}

function isArray(value: MmdbValue): value is readonly MmdbValue[] {
  return Array.isArray(value);
}

/** One value in wire form; maps keep their JS key order. */
export function encodeValue(value: MmdbValue): Buffer {
  if (typeof value === 'string') {
    const payload = Buffer.from(value, 'utf8');
    return Buffer.concat([header(TYPE.string, payload.length), payload]);
  }
  if (typeof value === 'number') {
    const payload = Buffer.alloc(8);
    payload.writeDoubleBE(value);
    return Buffer.concat([header(TYPE.double, 8), payload]);
  }
  // A boolean's value lives in the size bits; there is no payload.
  if (typeof value === 'boolean') return header(TYPE.boolean, value ? 1 : 0);
  if (value instanceof MmdbTyped) return encodeTyped(value.spec);
  if (isArray(value)) return Buffer.concat([header(TYPE.array, value.length), ...value.map(encodeValue)]);
  const entries = Object.entries(value);
  const parts = entries.flatMap(([key, item]) => [encodeValue(key), encodeValue(item)]);
  return Buffer.concat([header(TYPE.map, entries.length), ...parts]);
}

/** The data section: appends encoded records, storing identical records once. */
export class DataSection {
  private readonly chunks: Buffer[] = [];
  private readonly offsets = new Map<string, number>();
  private size = 0;

  /** Offset of the record within the data section. */
  add(value: MmdbValue): number {
    const encoded = encodeValue(value);
    const key = encoded.toString('base64');
    const known = this.offsets.get(key);
    if (known !== undefined) return known;
    const offset = this.size;
    this.chunks.push(encoded);
    this.size += encoded.length;
    this.offsets.set(key, offset);
    return offset;
  }

  get byteLength(): number {
    return this.size;
  }

  toBuffer(): Buffer {
    return Buffer.concat(this.chunks);
  }
}
