import { describe, expect, it } from 'vitest';
import { run } from './support/run.js';

describe('piiguard commands', () => {
  it('help: the overview, and each command’s usage (help <command>, <command> --help)', async () => {
    for (const args of [['help'], ['--help'], ['-h']]) {
      const r = await run(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: piiguard <command>/);
      expect(r.stdout).toContain(
        'Exit status: 0 ok, 1 some records failed, 2 bad usage, 3 unreadable input, 4 classifier',
      );
    }
    for (const command of ['classify', 'eval']) {
      const viaHelp = await run(['help', command]);
      const viaFlag = await run([command, '--help']);
      expect(viaHelp.code).toBe(0);
      expect(viaHelp.stdout).toContain(`Usage: piiguard ${command}`);
      expect(viaFlag.stdout).toBe(viaHelp.stdout);
    }
    expect((await run(['help', 'nope'])).code).toBe(2);
  });

  it('exits 2 without a command, and never echoes an unknown one (it may be a message)', async () => {
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no command given');
    const message = await run(['my', 'number', 'is', '5551234567']);
    expect(message.code).toBe(2);
    expect(message.stderr).not.toContain('5551234567');
    expect(message.stderr).toContain("piiguard classify '<message>'");
    expect((await run(['--json', 'x'])).stderr).toContain('options go after the command');
    expect((await run(['version', 'extra'])).code).toBe(2);
  });
});

describe('piiguard distill', () => {
  it('hands its arguments to @piiguard/distill: the pipeline help, and a step’s own help', async () => {
    const overview = await run(['distill', '--help']);
    expect(overview.code).toBe(0);
    expect(overview.stdout).toMatch(/distill/i);
    const help = await run(['help', 'distill']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: piiguard distill <step>');
    const unknown = await run(['distill', 'no-such-step']);
    expect(unknown.code).toBe(2);
  });
});
