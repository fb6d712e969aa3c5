import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  dts: true,
  sourcemap: true,
  target: 'es2022',
  external: ['msw', 'ky', 'lru-cache', 'p-limit', 'cockatiel'],
};

export default defineConfig([
  {
    ...shared,
    // testing/fake: FakeClassifier without msw (which only the handlers of ./testing need).
    entry: {
      index: 'src/index.ts',
      'http/index': 'src/http/index.ts',
      'testing/index': 'src/testing/index.ts',
      'testing/fake': 'src/testing/fake-classifier.ts',
    },
    format: ['esm'],
    platform: 'neutral',
  },
  {
    ...shared,
    entry: {
      index: 'src/index.ts',
      'http/index': 'src/http/index.ts',
      'testing/index': 'src/testing/index.ts',
      'testing/fake': 'src/testing/fake-classifier.ts',
    },
    format: ['cjs'],
    platform: 'neutral',
    // ky and p-limit ship ESM only; bundle them into the CommonJS build so `require` works on
    // every Node >= 20, not only where require(esm) is enabled (20.19+).
    external: ['msw', 'lru-cache', 'cockatiel'],
    noExternal: ['ky', 'p-limit', 'yocto-queue'],
  },
  {
    ...shared,
    entry: { 'testing/server': 'src/testing/server.ts' },
    format: ['esm', 'cjs'],
    platform: 'node',
  },
]);
