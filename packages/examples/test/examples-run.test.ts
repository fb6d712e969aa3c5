import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Runs an example as users do (`node packages/examples/<file>`), with no key in its environment. */
function example(file: string, args: string[] = []): Promise<string> {
  const path = fileURLToPath(new URL(`../${file}`, import.meta.url));
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [path, ...args],
      { timeout: 60_000, env: { PATH: process.env.PATH ?? '' } },
      (error, out) => (error ? reject(error) : resolve(out)),
    );
  });
}

describe('the examples, each run as one command', () => {
  it('fallback-demo.mjs: the API, then the teacher through the outage, with reasons and stats', async () => {
    const stdout = await example('fallback-demo.mjs');
    const lines = stdout.split('\n');
    expect(lines.filter((l) => /^\s+\w+\s+api\s/.test(l))).toHaveLength(3);
    expect(stdout).toMatch(/asking\s+teacher \(server\)\s+what school u go to/);
    expect(stdout).toContain('event circuit: closed -> open');
    expect(stdout).toMatch(/teacher \(circuit-open\)/);
    expect(stdout).toContain('"circuit":"open"');
  });

  it('batch-classify.mjs: counts and flagged line numbers of the sample file, never its messages', async () => {
    const stdout = await example('batch-classify.mjs');
    const counts = JSON.parse(/counts: (.*)/.exec(stdout)![1]!) as Record<string, number>;
    expect(counts.none! + counts.asking! + counts.giving!).toBe(10);
    expect(counts.error).toBe(0);
    expect(stdout).toMatch(/^line 2: asking \(pocket\)$/m);
    expect(stdout).toMatch(/^line 3: giving \(pocket\)$/m);
    expect(stdout).not.toContain('kim.baker@example.com');
  });

  it('fallback-modes.mjs: each mode answers as documented', async () => {
    const stdout = await example('fallback-modes.mjs');
    const section = (mode: string) => stdout.split(`mode ${mode}:`)[1]!.split('\nmode ')[0]!;
    expect(section('off')).toMatch(/gg wp\s+error\s+server/);
    expect(section('off')).toMatch(/ur school\?\s+error\s+authentication/);
    expect(section('on-error')).toMatch(/gg wp\s+none\s+pocket \(server\)/);
    expect(section('on-error')).toMatch(/ur school\?\s+asking\s+pocket \(auth\)/);
    expect(section('fallback-only')).toContain('API requests: 0');
    expect(section('hedge')).toMatch(/my email is kim@example.com\s+giving\s+pocket \(hedge\) hedged/);
    expect(section('hedge')).toMatch(/whats ur snap\?\s+asking\s+api/);
    expect(section('shadow')).toContain('shadow: api asking / pocket asking, api giving / pocket giving');
  });

  it('moderation-service.mjs --demo: flags and blocks, keeps answering through the outage, reports health', async () => {
    const stdout = await example('moderation-service.mjs', ['--demo']);
    expect(stdout).toMatch(/whats ur snap\?\s+-> \{"action":"flag","label":"asking","source":"api"\}/);
    expect(stdout).toMatch(/call me 555 013 7788\s+-> \{"action":"block","label":"giving","source":"pocket"/);
    expect(stdout).toMatch(/health: degraded .*"circuit":"open"/);
  });
});
