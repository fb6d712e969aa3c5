import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type * as Root from '../src/index.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** Every name an entry point exports, types included (which `import()` cannot show). */
function exportedNames(source: string): string[] {
  const names: string[] = [];
  for (const [, list] of source.matchAll(/^export (?:type )?\{([^}]*)\}/gm)) {
    for (const item of list!.split(',')) {
      const name = item.replace(/^\s*type\s+/, '').trim();
      if (name) names.push(name);
    }
  }
  for (const [, name] of source.matchAll(
    /^export (?:async )?(?:function|interface|type|const|class|abstract class) (\w+)/gm,
  )) {
    names.push(name!);
  }
  return names.sort();
}

/**
 * Every value the package entry points export. A new export must be added here on purpose (and to
 * the README's "Public API"); an internal that leaks into an entry point fails this test.
 */
const ROOT = [
  'APIConnectionError',
  'APIError',
  'APITimeoutError',
  'AbortError',
  'AuthenticationError',
  'BadRequestError',
  'BaseClassifier',
  'ClosedError',
  'ConfigurationError',
  'ConflictError',
  'DEFAULT_BASE_URL',
  'DEFAULT_MAX_CONTEXT_LENGTH',
  'DEFAULT_MAX_TEXT_LENGTH',
  'DEFAULT_MODEL',
  'DEFAULT_PROMPT_VERSION',
  'DEFAULT_SYSTEM_PROMPT',
  'FALLBACK_MODES',
  'FallbackUnavailableError',
  'FireworksClassifier',
  'INPUT_RULE_MODEL',
  'InferenceError',
  'InternalServerError',
  'InvalidInputError',
  'InvalidResponseError',
  'LABELS',
  'LABEL_GRAMMAR',
  'ModelLoadError',
  'NotFoundError',
  'OverloadedError',
  'PaymentRequiredError',
  'PermissionDeniedError',
  'PiiClient',
  'PiiguardError',
  'PreconditionFailedError',
  'RateLimitError',
  'UnprocessableEntityError',
  'isPiiguardError',
  'studentMessages',
  'toPiiguardError',
];
const TESTING = ['FakeClassifier', 'chatCompletion', 'fireworksHandlers', 'messageFromRequest'];
const TESTING_FAKE = ['FakeClassifier'];
const TESTING_SERVER = ['startLoopbackServer'];
const HTTP = ['HttpTransport', 'resolveHttpOptions'];

/** Internals that used to be exported from the root; tests import them from their module. */
const REMOVED = [
  'parseCompletion',
  'labelFromToken',
  'labelFromText',
  'normalizeInput',
  'emptyInputResult',
  'resolveClientOptions',
  'resolveFallbackOptions',
  'DEFAULT_FALLBACK_TRIGGERS',
  'TeacherUnavailableError',
];

describe('the public API', () => {
  it('@piiguard/sdk exports exactly the listed values', async () => {
    const root = await import('../src/index.js');
    expect(Object.keys(root).sort()).toEqual([...ROOT].sort());
    for (const name of REMOVED) expect(root, name).not.toHaveProperty(name);
  });

  it('@piiguard/sdk/http exports exactly the listed values', async () => {
    expect(Object.keys(await import('../src/http/index.js')).sort()).toEqual([...HTTP].sort());
  });

  it('@piiguard/sdk/testing, ./testing/fake and ./testing/server export exactly the listed values', async () => {
    expect(Object.keys(await import('../src/testing/index.js')).sort()).toEqual([...TESTING].sort());
    expect(Object.keys(await import('../src/testing/fake-classifier.js')).sort()).toEqual(
      [...TESTING_FAKE].sort(),
    );
    expect(Object.keys(await import('../src/testing/server.js')).sort()).toEqual([...TESTING_SERVER].sort());
  });

  it('the README lists every export of every entry point, types included', () => {
    const readme = read('../README.md');
    const section = readme.slice(
      readme.indexOf('## Public API'),
      readme.indexOf('\n## ', readme.indexOf('## Public API') + 1),
    );
    expect(section.length).toBeGreaterThan(100);
    const entries = [
      '../src/index.ts',
      '../src/http/index.ts',
      '../src/testing/index.ts',
      '../src/testing/fake-classifier.ts',
      '../src/testing/server.ts',
    ];
    const names = entries.flatMap((entry) => exportedNames(read(entry)));
    expect(names).toContain('PiiClient');
    expect(names).toContain('ClassifyResult');
    expect(names).toContain('LoopbackServer');
    const missing = names.filter((name) => !section.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });

  it('the client has no `options` getter any more', async () => {
    const { PiiClient } = await import('../src/index.js');
    expect(Object.getOwnPropertyNames(PiiClient.prototype)).not.toContain('options');
  });
});

// Type-only exports do not exist at run time, so `tsc` checks that the removed ones stay removed.
// @ts-expect-error internal: option resolution
export type NoResolvedClientOptions = Root.ResolvedClientOptions;
// @ts-expect-error internal: option resolution
export type NoResolvedFallbackOptions = Root.ResolvedFallbackOptions;
// @ts-expect-error internal: option resolution
export type NoResolvedFireworksOptions = Root.ResolvedFireworksOptions;
// @ts-expect-error renamed to ClassifyOptions / ClassifyBatchOptions
export type NoClassifyCallOptions = Root.ClassifyCallOptions;
// @ts-expect-error internal: per-call options of the Fireworks backend
export type NoFireworksCallOptions = Root.FireworksCallOptions;
// @ts-expect-error renamed to FallbackMemberState
export type NoLazyState = Root.LazyState;
