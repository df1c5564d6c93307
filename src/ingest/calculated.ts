import type { CalculatedRule } from '../datamodels/model.js';
import { isNumericText } from '../values/match.js';
import type { InputValue } from './record.js';

/**
 * CIM's calculated fields (Network_Traffic.json), applied at load time so the
 * table holds what a data model search would see: e.g. a missing action is
 * "unknown", a non-numeric dest_port is 0, bytes = bytes_in + bytes_out.
 * Each rule reads the record as extracted, not other rules' results, as Splunk does.
 */
export function applyCalculated(rules: readonly CalculatedRule[], record: ReadonlyMap<string, InputValue>): Map<string, InputValue> {
  const out = new Map(record);
  for (const rule of rules) {
    const value = computeRule(rule, record);
    if (value === undefined) out.delete(rule.field);
    else out.set(rule.field, value);
  }
  return out;
}

function text(record: ReadonlyMap<string, InputValue>, name: string): string | undefined {
  const v = record.get(name);
  if (v === undefined) return undefined;
  return typeof v === 'string' ? v : v[0];
}

function num(record: ReadonlyMap<string, InputValue>, name: string): number | undefined {
  const t = text(record, name);
  return t !== undefined && isNumericText(t) ? Number(t) : undefined;
}

function isBlank(v: string | undefined): boolean {
  return v === undefined || v === '';
}

function computeRule(rule: CalculatedRule, record: ReadonlyMap<string, InputValue>): InputValue | undefined {
  const current = record.get(rule.field);
  const own = text(record, rule.field);
  switch (rule.rule) {
    case 'unknown_if_empty':
      return isBlank(own) ? 'unknown' : current;
    case 'unknown_if_empty_lower':
      return isBlank(own) ? 'unknown' : (own ?? '').toLowerCase();
    case 'numeric_or_zero':
      return own !== undefined && isNumericText(own) ? current : '0';
    case 'sum_or_difference': {
      if (num(record, rule.field) !== undefined) return current;
      const [first, second] = rule.parts;
      const other = rule.field === rule.total ? undefined : num(record, rule.total);
      const a = num(record, first);
      const b = num(record, second);
      if (rule.field === rule.total) return a !== undefined && b !== undefined ? String(a + b) : undefined;
      return other !== undefined && b !== undefined ? String(other - b) : undefined;
    }
    case 'vendor_product':
      return vendorProduct(record);
  }
}

/** CIM: vendor_product, else "vendor product", else either with "unknown", else sourcetype, else "unknown". */
function vendorProduct(record: ReadonlyMap<string, InputValue>): string {
  const given = text(record, 'vendor_product');
  if (given !== undefined) return given;
  const vendor = text(record, 'vendor');
  const product = text(record, 'product');
  const known = (v: string | undefined): v is string => v !== undefined && v !== 'unknown';
  if (known(vendor) && known(product)) return `${vendor} ${product}`;
  if (known(vendor)) return `${vendor} unknown`;
  if (known(product)) return `unknown ${product}`;
  return text(record, 'sourcetype') ?? 'unknown';
}
