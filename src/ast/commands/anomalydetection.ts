import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, Word } from '../nodes.js';

/** anomalydetection: find unusual events. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Anomalydetection */
export interface AnomalydetectionCommand {
  readonly kind: 'anomalydetection';
  readonly options: readonly CommandOption[];
  readonly fields: readonly Word[];
  readonly span: Span;
}
