/** Monotonic milliseconds where the runtime has `performance`, else wall-clock. */
export const now: () => number =
  typeof globalThis.performance?.now === 'function' ? () => performance.now() : () => Date.now();

/** The largest delay `setTimeout` honours; longer ones fire at once. */
export const MAX_TIMER_MS = 2_147_483_647;
