import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, Word } from '../nodes.js';

/** cyberchef (CyberChef for Splunk app): run a CyberChef recipe on a field. */
export interface CyberchefCommand {
  readonly kind: 'cyberchef';
  readonly options: readonly CommandOption[];
  /** Anything else written, e.g. the pieces of an unbalanced JSON recipe. */
  readonly args: readonly Word[];
  readonly span: Span;
}
