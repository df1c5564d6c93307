import { errorAt } from '../../../diagnostics/diagnostic.js';
import { CONDITIONAL_FUNCTIONS } from './conditional.js';
import { CONVERT_FUNCTIONS } from './convert.js';
import { CRYPTO_FUNCTIONS } from './crypto.js';
import { INFO_FUNCTIONS } from './info.js';
import { MATH_FUNCTIONS } from './math.js';
import { MULTIVALUE_FUNCTIONS } from './multivalue.js';
import { spec, type FunctionSpec, type FunctionTable } from './spec.js';
import { TEXT_FUNCTIONS } from './text.js';
import { TIME_FUNCTIONS } from './time.js';

/** Functions splice knows but will not run, with the reason given to the user. */
const REFUSED: ReadonlyArray<readonly [string, string]> = [
  ['commands', 'it parses search strings, which splice does not do at run time'],
  ['lookup', 'eval-time CSV lookups are not supported; use the lookup command'],
];

const FUNCTIONS: FunctionTable = new Map<string, FunctionSpec>([
  ...CONDITIONAL_FUNCTIONS,
  ...CONVERT_FUNCTIONS,
  ...CRYPTO_FUNCTIONS,
  ...INFO_FUNCTIONS,
  ...MATH_FUNCTIONS,
  ...MULTIVALUE_FUNCTIONS,
  ...TEXT_FUNCTIONS,
  ...TIME_FUNCTIONS,
  ...REFUSED.map(([name, why]): [string, FunctionSpec] => [
    name,
    spec(0, Infinity, (_args, call) => {
      throw errorAt('unsupported', `unsupported: eval function ${name}() (${why})`, call.span);
    }),
  ]),
]);

/**
 * The eval function called `name`, in any case: the docs write them in lowercase, but ESCU
 * detections, which are tested against Splunk, call CASE(…) and ISNOTNULL(…) (e.g.
 * detections/application/pingid_new_mfa_method_registered_for_user.yml and
 * detections/endpoint/windows_uac_bypass_suspicious_escalation_behavior.yml in security_content b13b314a).
 */
export function lookupFunction(name: string): FunctionSpec | undefined {
  return FUNCTIONS.get(name.toLowerCase());
}

/** Every function name splice runs or refuses by name, for documentation and tests. */
export function functionNames(): readonly string[] {
  return [...FUNCTIONS.keys()].sort();
}
