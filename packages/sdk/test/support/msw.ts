import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type FireworksHandlerOptions, fireworksHandlers } from '../../src/testing/index.js';

export const BASE_URL = 'https://mock.fireworks.test/v1';
export const API_KEY = 'sk-test-0123456789abcdef';

/** An msw server for the test file; `use(options)` installs fresh handlers and returns the seen messages. */
export function useMockApi() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return {
    server,
    use(options: FireworksHandlerOptions = {}): string[] {
      const seen: string[] = [];
      server.use(
        ...fireworksHandlers({
          baseURL: BASE_URL,
          ...options,
          onRequest: (message) => {
            seen.push(message);
            options.onRequest?.(message);
          },
        }),
      );
      return seen;
    },
  };
}
