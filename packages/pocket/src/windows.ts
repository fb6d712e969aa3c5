/**
 * Long text is read in overlapping windows so PII at the end is never averaged away by a long,
 * harmless start: each window is scored on its own and the most PII-like window wins (as the
 * teacher does with its 512-token windows). The overlap is longer than any phone number or email
 * written out, so one split across a boundary is whole in the next window.
 */

/** Characters per window of normalised text. */
export const WINDOW_CHARS = 320;
/** Characters two neighbouring windows share. */
export const WINDOW_OVERLAP = 120;

/** Splits normalised text into windows, cutting at spaces where one is near. */
export function splitWindows(text: string): string[] {
  if (text.length <= WINDOW_CHARS) return [text];
  const windows: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + WINDOW_CHARS);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > start + WINDOW_CHARS - WINDOW_OVERLAP / 2) end = space;
    }
    windows.push(text.slice(start, end));
    if (end >= text.length) break;
    let next = end - WINDOW_OVERLAP;
    const space = text.indexOf(' ', next);
    if (space !== -1 && space < next + WINDOW_OVERLAP / 2) next = space + 1;
    start = Math.max(next, start + 1);
  }
  return windows;
}
