import type { Span } from '../../diagnostics/span.js';

/** addinfo: add search-time information fields. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Addinfo */
export interface AddinfoCommand {
  readonly kind: 'addinfo';
  readonly span: Span;
}
