import type { RootDataset } from '../datamodels/model-v2.js';
import { parseEvalExpression } from '../parser/search-expression.js';
import { compileEval } from '../runtime/eval/compile.js';
import { compilePcre } from '../runtime/eval/pcre.js';
import type { Compiled, EvalContext, EvalValue } from '../runtime/eval/types.js';
import type { Row } from '../values/value.js';
import type { InputValue } from './record.js';

/**
 * A root dataset's CIM calculations (Eval and Rex), compiled once and applied
 * to every record at load time, so the table holds what a data model search
 * sees: e.g. a missing action is "unknown", a non-numeric dest_port is 0.
 * They run in the order CIM lists them (Rex first, then Evals), each seeing the
 * results before it. Child datasets' own calculations are not applied: a
 * stored event does not know which child it belongs to.
 */
export interface Calculations {
  apply(record: Map<string, InputValue>, ctx: EvalContext): void;
}

interface Step {
  readonly field: string;
  readonly run: (row: Row, ctx: EvalContext) => InputValue | undefined;
}

export function compileCalculations(root: RootDataset): Calculations {
  const span = { start: 0, end: 0 };
  const steps: Step[] = [];
  for (const rex of root.rex ?? []) {
    const re = compilePcre(rex.regex, span);
    steps.push({ field: rex.field, run: (row) => rexGroup(re, row.get(rex.input), rex.field) });
  }
  for (const calc of root.calculated) {
    const compiled: Compiled = compileEval(parseEvalExpression(calc.expression));
    steps.push({ field: calc.field, run: (row, ctx) => storable(compiled(row, ctx)) });
  }
  return {
    apply(record, ctx) {
      for (const step of steps) {
        const value = step.run(record, ctx);
        if (value === undefined) record.delete(step.field);
        else record.set(step.field, value);
      }
    },
  };
}

function rexGroup(re: RegExp, input: unknown, group: string): InputValue | undefined {
  if (typeof input !== 'string') return undefined;
  const found = re.exec(input)?.groups?.[group];
  return found === undefined || found === '' ? undefined : found;
}

/** Numbers are stored as Splunk prints them; null and booleans leave no value ("booleans cannot be assigned"). */
function storable(value: EvalValue): InputValue | undefined {
  if (value === null || typeof value === 'boolean') return undefined;
  if (Array.isArray(value)) return value.length === 0 ? undefined : (value as readonly (string | number)[]).map(String);
  return String(value);
}
