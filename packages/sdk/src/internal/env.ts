/**
 * Reads an environment variable where one exists (Node, Deno, Bun) and returns `undefined` in
 * browsers and edge runtimes without `process`. Blank values count as unset.
 */
export function readEnv(name: string): string | undefined {
  const proc = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  const value = proc?.env?.[name]?.trim();
  return value ? value : undefined;
}
