import type { EvalExpr } from '../ast/eval.js';
import type { FieldValue, Row } from '../values/value.js';

/**
 * What runtime commands need from the eval interpreter (src/runtime/eval),
 * kept as an interface so commands and the interpreter can be built and
 * tested on their own.
 */
export interface EvalPort {
  /** The expression's value as a field value; undefined when it is null (the field is then absent). */
  value(expr: EvalExpr, row: Row): FieldValue | undefined;
  /** `where` semantics: true keeps the row; false and null drop it. */
  truth(expr: EvalExpr, row: Row): boolean;
}
