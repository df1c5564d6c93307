import { scalarOf, toNumber, toText, type EvalValue } from './types.js';

/**
 * printf(<format>,<arguments>): "similar to the C sprintf() function"
 * (https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/ConversionFunctions).
 * Conversions %d %i %u %o %x %X %p(=%X) %f %F %e %E %g %G %s %z(=%s) %c %%, the flags
 * ' - 0 + space #, widths and precisions (also as *). %a/%A (hexadecimal floats) are not
 * done: `unsupportedConversion` finds them so a literal format is refused up front.
 */

const SPEC = /%([-+ 0#']*)(\*|\d+)?(?:\.(\*|\d*))?(?:hh|h|ll|l|L|q|j|z(?=[diouxX])|t)?([A-Za-z%]?)/g;

interface Directive {
  readonly flags: string;
  readonly width: number | undefined;
  readonly precision: number | undefined;
  readonly conversion: string;
}

/** The first conversion this implementation cannot format, if any ("%a", "%n", …). */
export function unsupportedConversion(format: string): string | undefined {
  for (const m of format.matchAll(SPEC)) {
    const c = m[4] ?? '';
    if (!'diouxXpfFeEgGszc%'.includes(c) || c === '') return `%${c}`;
  }
  return undefined;
}

/** The formatted text; null when the format uses a conversion we do not implement. */
export function printf(format: string, args: readonly EvalValue[]): string | null {
  let next = 0;
  const take = (): EvalValue => (next < args.length ? (args[next++] ?? null) : null);
  let failed = false;
  const out = format.replace(SPEC, (_all, flags: string, width: string | undefined, precision: string | undefined, conversion: string) => {
    if (conversion === '%') return '%';
    let w = width === '*' ? Math.trunc(toNumber(scalarOf(take())) ?? 0) : width === undefined ? undefined : Number(width);
    let f = flags;
    if (w !== undefined && w < 0) {
      f += '-';
      w = -w;
    }
    const p = precision === '*' ? Math.trunc(toNumber(scalarOf(take())) ?? 0) : precision === undefined ? undefined : Number(precision || 0);
    if (!'diouxXpfFeEgGszc'.includes(conversion) || conversion === '') {
      failed = true;
      return '';
    }
    return format1({ flags: f, width: w, precision: p !== undefined && p < 0 ? undefined : p, conversion }, take());
  });
  return failed ? null : out;
}

function format1(d: Directive, value: EvalValue): string {
  const scalar = scalarOf(value);
  if (d.conversion === 's' || d.conversion === 'z') {
    const text = [...(toText(scalar) ?? '')];
    return pad(d, '', (d.precision === undefined ? text : text.slice(0, d.precision)).join(''), false);
  }
  if (d.conversion === 'c') {
    const code = typeof scalar === 'number' ? Math.trunc(scalar) : null;
    const valid = code !== null && code >= 0 && code <= 0x10ffff;
    const text = code !== null ? (valid ? String.fromCodePoint(code) : '') : ([...(toText(scalar) ?? '')][0] ?? '');
    return pad(d, '', text, false);
  }
  const n = toNumber(scalar) ?? 0;
  // An integer conversion formats the truncated value, which has no sign when it is 0: %d of -0.5 is "0" [INF].
  const integer = 'diouxXp'.includes(d.conversion);
  const negative = integer ? Math.trunc(n) < 0 : n < 0 || Object.is(n, -0);
  const sign = negative ? '-' : d.flags.includes('+') ? '+' : d.flags.includes(' ') ? ' ' : '';
  if (!Number.isFinite(n)) {
    const text = Number.isNaN(n) ? 'nan' : 'inf';
    return pad(d, Number.isNaN(n) ? '' : sign, 'FEG'.includes(d.conversion) ? text.toUpperCase() : text, false);
  }
  const [prefix, body] = numberBody(d, Math.abs(n));
  return pad(d, sign + prefix, body, true);
}

/** The digits of |n| for a numeric conversion, and a prefix such as "0x" from the # flag. */
function numberBody(d: Directive, abs: number): [string, string] {
  const alt = d.flags.includes('#');
  switch (d.conversion) {
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'p': {
      const int = BigInt(Math.trunc(abs));
      const radix = d.conversion === 'o' ? 8 : 'xXp'.includes(d.conversion) ? 16 : 10;
      let digits = int === 0n && d.precision === 0 ? '' : int.toString(radix);
      if (d.conversion !== 'x') digits = digits.toUpperCase();
      if (d.precision !== undefined) digits = digits.padStart(d.precision, '0');
      if (radix === 10 && d.flags.includes("'")) digits = group(digits);
      if (alt && radix === 8 && !digits.startsWith('0')) digits = `0${digits}`;
      const hexPrefix = alt && radix === 16 && int !== 0n ? (d.conversion === 'x' ? '0x' : '0X') : '';
      return [hexPrefix, digits];
    }
    case 'f': case 'F': {
      const text = abs.toFixed(Math.min(d.precision ?? 6, 100));
      return ['', withPoint(d.flags.includes("'") ? groupInteger(text) : text, alt)];
    }
    case 'e': case 'E':
      return ['', caseOf(d, withPoint(exponential(abs, d.precision ?? 6), alt))];
    default:
      return ['', caseOf(d, general(abs, d.precision ?? 6, alt))];
  }
}

/** C's %e: at least two exponent digits ("5.14e+03"). */
function exponential(abs: number, precision: number): string {
  return abs.toExponential(Math.min(precision, 100)).replace(/e([+-])(\d)$/, 'e$10$2');
}

/** C's %g: %e or %f by the exponent, trailing zeros removed unless #. */
function general(abs: number, precision: number, alt: boolean): string {
  const p = precision === 0 ? 1 : precision;
  const exponent = abs === 0 ? 0 : Number(abs.toExponential(p - 1).split('e')[1]);
  const text = exponent < -4 || exponent >= p ? exponential(abs, p - 1) : abs.toFixed(Math.max(0, p - 1 - exponent));
  if (alt) return withPoint(text, true);
  const [mantissa = '', exp] = text.split('e');
  const trimmed = mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa;
  return exp === undefined ? trimmed : `${trimmed}e${exp}`;
}

function withPoint(text: string, alt: boolean): string {
  return alt && !text.includes('.') ? text.replace(/^(\d+)/, '$1.') : text;
}

function caseOf(d: Directive, text: string): string {
  return d.conversion === d.conversion.toUpperCase() ? text.toUpperCase() : text;
}

/** Thousands separators, the ' flag ("Adds commas as the thousands separator"). */
function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

function groupInteger(text: string): string {
  const [int, frac] = text.split('.');
  return frac === undefined ? group(int ?? '') : `${group(int ?? '')}.${frac}`;
}

/** Pads to the width: left with "-", with zeros after the sign for numbers with "0". */
function pad(d: Directive, prefix: string, body: string, numeric: boolean): string {
  const width = d.width ?? 0;
  const length = [...prefix].length + [...body].length;
  if (length >= width) return prefix + body;
  const fill = width - length;
  if (d.flags.includes('-')) return prefix + body + ' '.repeat(fill);
  const integerWithPrecision = 'diouxXp'.includes(d.conversion) && d.precision !== undefined;
  if (numeric && d.flags.includes('0') && !integerWithPrecision && /\d/.test(body)) return prefix + '0'.repeat(fill) + body;
  return ' '.repeat(fill) + prefix + body;
}
