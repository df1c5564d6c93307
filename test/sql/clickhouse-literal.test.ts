import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clickhouseLiteral } from '../../src/sql/dialects/clickhouse.js';

/**
 * A ClickHouse string literal's bytes, read as ClickHouse reads the escapes
 * splice writes (https://clickhouse.com/docs/en/sql-reference/syntax#string):
 * \xHH is one byte, \\ a backslash, \' a quote. Anything else after a
 * backslash, or a quote that is not escaped, ends the test: the literal would
 * not be one value. The SQL travels as UTF-8 (the HTTP body), so characters
 * outside the escapes stand for their UTF-8 bytes.
 */
function decodeLiteral(literal: string): Uint8Array {
  const bytes = Buffer.from(literal, 'utf8');
  if (bytes.length < 2 || bytes[0] !== 0x27 || bytes[bytes.length - 1] !== 0x27) throw new Error(`not quoted: ${literal}`);
  const out: number[] = [];
  for (let i = 1; i < bytes.length - 1; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0x27) throw new Error(`unescaped quote at byte ${i} of ${literal}`);
    if (b !== 0x5c) {
      out.push(b);
      continue;
    }
    const next = bytes[++i];
    if (next === 0x5c || next === 0x27) {
      out.push(next);
    } else if (next === 0x78) {
      const hex = bytes.subarray(i + 1, i + 3).toString('latin1');
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new Error(`bad \\x escape in ${literal}`);
      out.push(parseInt(hex, 16));
      i += 2;
    } else {
      throw new Error(`escape ClickHouse would read otherwise: \\${String.fromCharCode(next ?? 0)} in ${literal}`);
    }
  }
  return Uint8Array.from(out);
}

/** Text with the characters that end or bend a literal, mixed with any code point. */
const hostileText = fc.string({
  unit: fc.oneof(
    fc.constantFrom("'", '\\', '"', '`', '\u0000', '\n', '\r', '\t', '\u0008', '\u000c', '\u001b', '\u007f', 'x', 'é', '漢', '😀', '\u2028', '?', '{', '}'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
});

describe('clickhouseLiteral: text', () => {
  it('property: one quoted literal that decodes to the UTF-8 bytes of the text', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const literal = clickhouseLiteral(s);
        expect(Buffer.from(decodeLiteral(literal))).toEqual(Buffer.from(s, 'utf8'));
      }),
      { numRuns: 1000 },
    );
  });

  it('property: no raw control character reaches the SQL', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        expect(clickhouseLiteral(s)).not.toMatch(/[\u0000-\u001f\u007f]/);
      }),
      { numRuns: 500 },
    );
  });

  it('escapes each character that could end the literal or be read as an escape', () => {
    expect(clickhouseLiteral("it's")).toBe("'it\\'s'");
    expect(clickhouseLiteral('a\\b')).toBe("'a\\\\b'");
    expect(clickhouseLiteral('\\')).toBe("'\\\\'");
    expect(clickhouseLiteral("\\'")).toBe("'\\\\\\''");
    expect(clickhouseLiteral('')).toBe("''");
    expect(decodeLiteral(clickhouseLiteral('\u0000\n'))).toEqual(Uint8Array.from([0, 10]));
  });

  it('keeps text outside ASCII as its characters', () => {
    expect(clickhouseLiteral('漢é😀')).toBe("'漢é😀'");
  });

  it('the decoder refuses a literal a quote would end early, so the property can fail', () => {
    expect(() => decodeLiteral("'it's'")).toThrow(/unescaped quote/);
    expect(() => decodeLiteral("'a\\nb'")).toThrow(/escape/);
  });
});

describe('clickhouseLiteral: bytes', () => {
  it('property: every byte is written \\xHH and decodes back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const literal = clickhouseLiteral(bytes);
        expect(literal).toMatch(/^'(\\x[0-9a-f]{2})*'$/);
        expect(literal.length).toBe(2 + 4 * bytes.length);
        expect(decodeLiteral(literal)).toEqual(bytes);
      }),
      { numRuns: 500 },
    );
  });

  it('writes an IPv4 key, Buffer or Uint8Array, byte by byte', () => {
    expect(clickhouseLiteral(Uint8Array.from([4, 10, 0, 0, 255]))).toBe("'\\x04\\x0a\\x00\\x00\\xff'");
    expect(clickhouseLiteral(Buffer.from([0x27, 0x5c]))).toBe("'\\x27\\x5c'");
  });
});

describe('clickhouseLiteral: numbers and NULL', () => {
  it('property: a finite number is a numeric literal with exactly its value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 2 ** 53, 1e21, 5e-324)), (n) => {
        const literal = clickhouseLiteral(n);
        expect(literal).toMatch(/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/);
        expect(Object.is(Number(literal), n)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps the sign of -0 and writes integers without a fraction', () => {
    expect(Object.is(Number(clickhouseLiteral(-0)), -0)).toBe(true);
    expect(clickhouseLiteral(1602633600)).toBe('1602633600');
    expect(clickhouseLiteral(-1.5)).toBe('-1.5');
  });

  it('writes null as NULL', () => {
    expect(clickhouseLiteral(null)).toBe('NULL');
  });

  it('refuses non-finite numbers, which have no literal', () => {
    for (const n of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) expect(() => clickhouseLiteral(n)).toThrow(RangeError);
  });
});
