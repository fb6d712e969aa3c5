import { describe, expect, it } from 'vitest';
import { backoffDelayMs, jitterDelayMs, serverRetryAfterMs } from '../src/internal/retry-timing.js';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const headers = (entries: Record<string, string>) => new Headers(entries);

describe('serverRetryAfterMs', () => {
  it.each([
    [{ 'retry-after-ms': '250' }, 250],
    [{ 'retry-after-ms': '250', 'retry-after': '9' }, 250],
    [{ 'retry-after': '1' }, 1000],
    [{ 'retry-after': '1.5' }, 1500],
    [{ 'retry-after': '0' }, 0],
    [{ 'retry-after': 'Thu, 01 Jan 2026 00:00:03 GMT' }, 3000],
    [{ 'retry-after': 'Wed, 31 Dec 2025 23:59:00 GMT' }, 0],
    [{ 'retry-after': '-3' }, undefined],
    [{ 'retry-after-ms': '-3' }, undefined],
    [{ 'retry-after': 'soon' }, undefined],
    [{ 'retry-after': '1e3' }, undefined],
    [{ 'retry-after': '999999999' }, undefined],
    [{ 'retry-after': 'Fri, 01 Jan 2027 00:00:00 GMT' }, undefined],
    [{}, undefined],
  ])('%o → %s ms', (entries, expected) => {
    expect(serverRetryAfterMs(headers(entries), NOW)).toBe(expected);
  });

  it('falls back to Retry-After when retry-after-ms is garbage', () => {
    expect(serverRetryAfterMs(headers({ 'retry-after-ms': 'x', 'retry-after': '2' }), NOW)).toBe(2000);
  });
});

describe('back-off', () => {
  it('doubles per retry', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, 500))).toEqual([500, 1000, 2000, 4000]);
  });

  it('jitters between 75% and 100% of the computed delay', () => {
    expect(jitterDelayMs(1000, () => 0)).toBe(750);
    expect(jitterDelayMs(1000, () => 0.999999)).toBeCloseTo(1000, 2);
    expect(jitterDelayMs(1000, () => 0.5)).toBe(875);
  });
});
