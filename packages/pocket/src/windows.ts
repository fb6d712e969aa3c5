/**
 * Long text is read in overlapping windows so PII at the end is never averaged away by a long,
 * harmless start: each window is scored on its own and the most PII-like window wins (as the
 * teacher does with its 512-token windows). The overlap is longer than any phone number or email
 * written out, so one split across a boundary is whole in the next window.
 */

/** Normalised text up to this many characters is read whole, as one window. */
export const SINGLE_WINDOW_MAX = 200;
/** Characters per window of longer text: short, so a PII phrase is never diluted by much chatter. */
export const WINDOW_CHARS = 100;
/** Characters two neighbouring windows share (longer than a written-out phone number or email). */
export const WINDOW_OVERLAP = 50;

/** Splits normalised text into windows, cutting at spaces where one is near. */
export function splitWindows(text: string): string[] {
  return windowSpans(text).map(([start, end]) => text.slice(start, end));
}

/** The `[start, end)` offsets of each window of normalised text. */
export function windowSpans(text: string): [number, number][] {
  if (text.length <= SINGLE_WINDOW_MAX) return [[0, text.length]];
  const windows: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + WINDOW_CHARS);
    if (end < text.length) {
      // Searches stay inside the stretch where a space is used: text without spaces stays linear.
      const near = start + WINDOW_CHARS - WINDOW_OVERLAP / 2;
      const space = text.slice(near + 1, end + 1).lastIndexOf(' ');
      if (space !== -1) end = near + 1 + space;
    }
    windows.push([start, end]);
    if (end >= text.length) break;
    let next = end - WINDOW_OVERLAP;
    const space = text.slice(next, next + WINDOW_OVERLAP / 2).indexOf(' ');
    if (space !== -1) next += space + 1;
    start = Math.max(next, start + 1);
  }
  return windows;
}
