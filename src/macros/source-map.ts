import type { Span } from '../diagnostics/span.js';

/**
 * Maps offsets in macro-expanded text back to the user's original text.
 * Verbatim segments map one to one; text produced by a macro maps to the whole
 * backtick call that produced it, since that is what the user wrote.
 */
export interface MapSegment {
  readonly outStart: number;
  readonly outEnd: number;
  readonly origStart: number;
  readonly origEnd: number;
  /** Set when the text came from a macro: its name, outermost call first. */
  readonly macro?: string;
}

export class SourceMap {
  constructor(readonly segments: readonly MapSegment[], private readonly originalLength: number) {}

  static identity(length: number): SourceMap {
    return new SourceMap([{ outStart: 0, outEnd: length, origStart: 0, origEnd: length }], length);
  }

  /** The segment holding expanded offset `offset`; undefined past the end of the text. */
  private segmentAt(offset: number): MapSegment | undefined {
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.segments[mid];
      if (s === undefined) break;
      if (offset < s.outStart) hi = mid - 1;
      else if (offset >= s.outEnd) lo = mid + 1;
      else return s;
    }
    return undefined;
  }

  toOriginal(expanded: Span): Span & { readonly macro?: string } {
    if (expanded.start === expanded.end && expanded.start > 0) return this.pointToOriginal(expanded.start);
    const first = this.segmentAt(expanded.start);
    if (!first) return { start: this.originalLength, end: this.originalLength };
    if (first.macro !== undefined) return { start: first.origStart, end: first.origEnd, macro: first.macro };
    const start = first.origStart + (expanded.start - first.outStart);
    const last = this.segmentAt(Math.max(expanded.start, expanded.end - 1)) ?? first;
    const end = last.macro !== undefined ? last.origEnd : last.origStart + (Math.max(expanded.end, expanded.start) - last.outStart);
    return { start, end: Math.max(start, end) };
  }

  /**
   * A zero-width span marks the point just past a character (as "found the end of
   * the search" does), so it maps with the character before it: when a macro wrote
   * that character, the point is in the macro's expansion and maps to its call.
   */
  private pointToOriginal(offset: number): Span & { readonly macro?: string } {
    const before = this.segmentAt(offset - 1);
    if (!before) return { start: this.originalLength, end: this.originalLength };
    if (before.macro !== undefined) return { start: before.origStart, end: before.origEnd, macro: before.macro };
    const point = before.origStart + (offset - before.outStart);
    return { start: point, end: point };
  }
}

/** Builds a SourceMap while appending text; adjacent verbatim pieces are merged. */
export class SourceMapBuilder {
  private readonly segments: MapSegment[] = [];
  private length = 0;
  private text = '';

  appendVerbatim(piece: string, origStart: number): void {
    if (piece === '') return;
    const prev = this.segments[this.segments.length - 1];
    if (prev && prev.macro === undefined && prev.outEnd === this.length && prev.origEnd === origStart) {
      this.segments[this.segments.length - 1] = { ...prev, outEnd: prev.outEnd + piece.length, origEnd: origStart + piece.length };
    } else {
      this.segments.push({ outStart: this.length, outEnd: this.length + piece.length, origStart, origEnd: origStart + piece.length });
    }
    this.push(piece);
  }

  appendFromMacro(piece: string, call: Span, macro: string): void {
    if (piece === '') return;
    this.segments.push({ outStart: this.length, outEnd: this.length + piece.length, origStart: call.start, origEnd: call.end, macro });
    this.push(piece);
  }

  private push(piece: string): void {
    this.text += piece;
    this.length += piece.length;
  }

  build(originalLength: number): { text: string; map: SourceMap } {
    return { text: this.text, map: new SourceMap(this.segments, originalLength) };
  }
}
