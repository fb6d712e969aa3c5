import { fileURLToPath } from 'node:url';

/** The committed tiny fixture (scripts/build-fixture.ts --size tiny). */
export const TINY = fileURLToPath(new URL('../fixtures/tiny', import.meta.url));

/** A warning sink that records instead of printing. */
export function warnings(): { messages: string[]; onWarning(message: string): void } {
  const messages: string[] = [];
  return { messages, onWarning: (message) => messages.push(message) };
}
