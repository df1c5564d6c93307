import type { RootDataset } from '../datamodels/model-v2.js';
import { parseEvalExpression } from '../parser/search-expression.js';
import { compileEval } from '../runtime/eval/compile.js';
import { compilePcre } from '../runtime/eval/pcre.js';
import { numberText, type EvalContext, type EvalValue } from '../runtime/eval/types.js';
import { CalcMemo, type Stored } from './calc-memo.js';
import { deterministicInputs, keepTest } from './calc-shortcuts.js';
import type { InputValue } from './record.js';
import type { Scalar } from '../values/value.js';

/**
 * A root dataset's CIM calculations (Eval and Rex), compiled once and applied
 * to every record at load time, so the table holds what a data model search
 * sees: e.g. a missing action is "unknown", a non-numeric dest_port is 0.
 * They run in the order CIM lists them (Rex first, then Evals), each seeing the
 * results before it. Child datasets' own calculations are not applied: a
 * stored event does not know which child it belongs to.
 */
export interface Calculations {
  apply(record: Map<string, InputValue>): void;
}

interface Step {
  readonly field: string;
  readonly run: (row: Map<string, InputValue>) => Stored;
  /** True when the step would store the text the field already has (calc-shortcuts.ts). */
  readonly keeps?: (value: string) => boolean;
  /** The fields the step reads, when what it stores with all of them absent is `whenAbsent`. */
  readonly inputs?: readonly string[];
  readonly whenAbsent?: Stored;
  /** For deterministic steps: results by input texts. */
  readonly memo?: CalcMemo;
}

export interface CalculationOptions {
  /** False runs every step through the interpreter: the reference the shortcuts are tested against. */
  readonly shortcuts?: boolean;
}

/** `ctx` is fixed for the load: now() and the zone are the same for every record. */
export function compileCalculations(root: RootDataset, ctx: EvalContext, options: CalculationOptions = {}): Calculations {
  const shortcuts = options.shortcuts !== false;
  const span = { start: 0, end: 0 };
  const steps: Step[] = [];
  for (const rex of root.rex ?? []) {
    const re = compilePcre(rex.regex, span);
    steps.push({ field: rex.field, run: (row) => rexGroup(re, row.get(rex.input), rex.field) });
  }
  for (const calc of root.calculated) {
    const expr = parseEvalExpression(calc.expression);
    const compiled = compileEval(expr);
    const run = (row: Map<string, InputValue>): Stored => storable(compiled(row, ctx));
    const inputs = shortcuts ? deterministicInputs(expr) : undefined;
    const keeps = shortcuts ? keepTest(calc.field, expr) : undefined;
    const memo = inputs && inputs.size > 0 ? { memo: new CalcMemo([...inputs]) } : {};
    steps.push({ field: calc.field, run, ...(keeps ? { keeps } : {}), ...(inputs ? absentShortcut(inputs, run) : {}), ...memo });
  }
  return {
    apply(record) {
      for (const step of steps) {
        if (step.keeps !== undefined) {
          const current = record.get(step.field);
          if (typeof current === 'string' && step.keeps(current)) continue;
        }
        const value =
          step.inputs !== undefined && noneSet(record, step.inputs) ? step.whenAbsent
          : step.memo !== undefined ? step.memo.get(record, step.run)
          : step.run(record);
        if (value === undefined) record.delete(step.field);
        else record.set(step.field, value);
      }
    },
  };
}

/** What the step stores on a record without any of its inputs; no shortcut if that evaluation fails (rows then fail as before). */
function absentShortcut(inputs: ReadonlySet<string>, run: Step['run']): Pick<Step, 'inputs' | 'whenAbsent'> {
  try {
    return { inputs: [...inputs], whenAbsent: run(new Map()) };
  } catch {
    return {};
  }
}

function noneSet(record: ReadonlyMap<string, InputValue>, names: readonly string[]): boolean {
  for (const name of names) if (record.has(name)) return false;
  return true;
}

function rexGroup(re: RegExp, input: unknown, group: string): Stored {
  if (typeof input !== 'string') return undefined;
  const found = re.exec(input)?.groups?.[group];
  return found === undefined || found === '' ? undefined : found;
}

/** Numbers are stored as Splunk prints them (nan, inf, -inf as eval writes them); null and booleans leave no value ("booleans cannot be assigned"). */
function storable(value: EvalValue): Stored {
  if (value === null || typeof value === 'boolean') return undefined;
  if (typeof value !== 'object') return asText(value);
  return value.length === 0 ? undefined : value.map(asText);
}

function asText(value: Scalar): string {
  return typeof value === 'number' ? numberText(value) : value;
}
