/**
 * Longer text is read in overlapping windows so PII in the middle or at the end is never averaged
 * away by harmless chatter around it: each window is scored on its own and the most PII-like window
 * wins (as the teacher does with its 512-token windows). Medium text is also read whole, so a
 * question that follows a vague disclosure ("im from texas … where do u live") is seen together.
 * The overlap is longer than a phone number or email once normalised, so one split across a
 * boundary is whole in the next window.
 */

/** Normalised text up to this many characters is one window. */
export const SINGLE_WINDOW_MAX = 80;
/** Text up to this many characters is read whole as well as in windows. */
export const WHOLE_WINDOW_MAX = 240;
/** Characters per window of longer text: short, so a PII phrase is never diluted by much chatter. */
export const WINDOW_CHARS = 80;
/** Characters two neighbouring windows share (longer than a normalised phone number or email). */
export const WINDOW_OVERLAP = 40;

/** Splits normalised text into windows, cutting at spaces where one is near. */
export function splitWindows(text: string): string[] {
  return windowSpans(text).map(([start, end]) => text.slice(start, end));
}

/** The `[start, end)` offsets of each window of normalised text (the whole text first when it is medium). */
export function windowSpans(text: string): [number, number][] {
  if (text.length <= SINGLE_WINDOW_MAX) return [[0, text.length]];
  const windows: [number, number][] = text.length <= WHOLE_WINDOW_MAX ? [[0, text.length]] : [];
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
