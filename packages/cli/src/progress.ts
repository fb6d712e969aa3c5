import type { Terminal } from './terminal.js';

/** Redraws at most this often, in ms: often enough to look live, rarely enough to cost nothing. */
const REDRAW_MS = 100;
const BAR_WIDTH = 24;

const count = (n: number) => n.toLocaleString('en-US');

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/**
 * The progress line on stderr: records done, rate and, when the total is known (bytes of the
 * input files, or a number of records), a bar and an ETA. Drawn only on a terminal.
 */
export class Progress {
  readonly #terminal: Terminal;
  readonly #label: string;
  readonly #now: () => number;
  readonly #started: number;
  #lastDraw = Number.NEGATIVE_INFINITY;

  constructor(terminal: Terminal, label = '', now: () => number = () => performance.now()) {
    this.#terminal = terminal;
    this.#label = label;
    this.#now = now;
    this.#started = now();
  }

  get enabled(): boolean {
    return this.#terminal.stderrIsTerminal;
  }

  /**
   * `done` records so far; `fraction` of the whole input (0..1) when known. Throttled unless
   * `force` (the last update).
   */
  update(done: number, fraction: number | undefined, force = false): void {
    if (!this.enabled) return;
    const now = this.#now();
    if (!force && now - this.#lastDraw < REDRAW_MS) return;
    this.#lastDraw = now;
    this.#terminal.progress(formatProgress(this.#label, done, fraction, (now - this.#started) / 1000));
  }

  clear(): void {
    this.#terminal.clearProgress();
  }
}

/** `label [#####-----]  42%  41,233 done  2,915/s  ETA 0:12  (0:09)`; the bar and ETA only with a fraction. */
export function formatProgress(
  label: string,
  done: number,
  fraction: number | undefined,
  elapsedSeconds: number,
): string {
  const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const parts = label ? [label] : [];
  if (fraction !== undefined) {
    const f = Math.min(1, Math.max(0, fraction));
    const filled = Math.round(f * BAR_WIDTH);
    parts.push(
      `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`,
      `${String(Math.floor(f * 100)).padStart(3)}%`,
    );
  }
  parts.push(`${count(done)} done`, `${count(Math.round(rate))}/s`);
  if (fraction !== undefined && fraction > 0 && fraction < 1) {
    parts.push(`ETA ${duration((elapsedSeconds / fraction) * (1 - fraction))}`);
  }
  parts.push(`(${duration(elapsedSeconds)})`);
  return parts.join('  ');
}
