/**
 * The eval interpreter: eval and where expressions over rows.
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/CommonEvalFunctions
 */
export { BOOLEAN_ASSIGNMENT, compileAssignment, isBooleanExpr, toFieldValue } from './assign.js';
export { compileEval, evaluate } from './compile.js';
export { functionNames } from './functions/index.js';
export { compilePcre, translatePcre, type PcreTranslation } from './pcre.js';
export { createEvalPort } from './port.js';
export { relativeTime } from './relative-time.js';
export { strptime } from './strptime.js';
export type { Compiled, EvalContext, EvalValue } from './types.js';
