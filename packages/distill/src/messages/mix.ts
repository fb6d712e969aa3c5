import { ConfigurationError } from '@piiguard/sdk';

/** A share per key, summing to 1. */
export type Mix = ReadonlyMap<string, number>;

/**
 * Parses `en=0.7,es=0.3` (or `en:7,es:3`: weights are normalised) into shares summing to 1.
 * Throws `ConfigurationError` naming the option for an empty list, a bad key or a negative weight.
 */
export function parseMix(value: string, option: string, allowed?: readonly string[]): Mix {
  const weights = new Map<string, number>();
  for (const part of value.split(',')) {
    const match = /^\s*([A-Za-z][A-Za-z0-9_-]*)\s*[=:]\s*([0-9]*\.?[0-9]+)\s*$/.exec(part);
    if (!match)
      throw new ConfigurationError(`Option \`${option}\` must be a list like key=0.5,other=0.5.`, option);
    const [, key, weight] = match as unknown as [string, string, string];
    if (allowed && !allowed.includes(key)) {
      throw new ConfigurationError(`Option \`${option}\` takes only ${allowed.join(', ')}.`, option);
    }
    weights.set(key, (weights.get(key) ?? 0) + Number(weight));
  }
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  if (!(total > 0)) throw new ConfigurationError(`Option \`${option}\` needs a positive weight.`, option);
  return new Map([...weights].map(([key, weight]) => [key, weight / total]));
}

/**
 * Splits `total` over `mix` by the largest-remainder method: the parts are integers summing
 * exactly to `total`, each within 1 of its exact share; ties go to the earlier key.
 */
export function allocate(total: number, mix: Mix): Map<string, number> {
  const exact = [...mix].map(([key, share]) => ({ key, value: total * share }));
  const parts = new Map(exact.map(({ key, value }) => [key, Math.floor(value)]));
  let left = total - [...parts.values()].reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map(({ key, value }, index) => ({ key, remainder: value - Math.floor(value), index }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { key } of byRemainder) {
    if (left <= 0) break;
    parts.set(key, parts.get(key)! + 1);
    left--;
  }
  return parts;
}

/** Count per key, keys sorted; `(none)` for records without one. */
export function countBy<T>(items: Iterable<T>, keyOf: (item: T) => string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item) ?? '(none)';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Map([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
