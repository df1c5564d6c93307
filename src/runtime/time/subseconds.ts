/**
 * Subsecond digits of an epoch, truncated (Splunk truncates: 1602633600.9999 with %S is "00").
 *
 * We read the digits from the number's shortest round-trip decimal form rather than from
 * `x - Math.floor(x)`: a double near 1.6e9 cannot hold .9999 exactly (it is .99989998...),
 * so the arithmetic route would print %6N as 999899 where the user wrote and expects 999900.
 */

const NINE_ZEROS = '000000000';

/** Exactly nine digits (nanoseconds) of `epochSeconds - Math.floor(epochSeconds)`. */
export function subsecondDigits(epochSeconds: number): string {
  const digits = fractionText(Math.abs(epochSeconds));
  if (epochSeconds >= 0 || /^0*$/.test(digits)) return (digits + NINE_ZEROS).slice(0, 9);
  // Negative: -1.25 is 0.75 past second -2, so take the ten's complement of the digits
  // (exactly, at full length, before truncating).
  const scale = 10n ** BigInt(digits.length);
  const complement = (scale - BigInt(digits)).toString().padStart(digits.length, '0');
  return (complement + NINE_ZEROS).slice(0, 9);
}

/** The digits after the decimal point of a non-negative finite number, in its shortest form. */
function fractionText(value: number): string {
  const text = String(value);
  const exponent = text.indexOf('e');
  if (exponent < 0) {
    const point = text.indexOf('.');
    return point < 0 ? '' : text.slice(point + 1);
  }
  // Exponent form: below 1e-6 ("1.5e-7"); large values (>= 1e21) are integers.
  const power = Number(text.slice(exponent + 1));
  if (power >= 0) return '';
  const mantissa = text.slice(0, exponent).replace('.', '');
  return '0'.repeat(-power - 1) + mantissa;
}
