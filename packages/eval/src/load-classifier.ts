import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Classifier, ModelLoadError } from '@piiguard/sdk';

export interface LoadClassifierOptions {
  /** Name of the export to use: an async factory returning a `Classifier`, or a `Classifier`. @default 'default' */
  readonly exportName?: string;
  /** Passed as the factory's only argument; omitted when undefined. */
  readonly factoryOptions?: unknown;
  /** Directory that relative paths and package names are resolved from. @default process.cwd() */
  readonly cwd?: string;
}

/** A file path (relative to `cwd` or absolute) becomes a file URL; a package name is resolved from `cwd`. */
function resolveModuleSpecifier(specifier: string, cwd: string = process.cwd()): string {
  const asPath = isAbsolute(specifier) ? specifier : resolve(cwd, specifier);
  if (specifier.startsWith('.') || isAbsolute(specifier) || existsSync(asPath))
    return pathToFileURL(asPath).href;
  try {
    return pathToFileURL(createRequire(join(cwd, 'package.json')).resolve(specifier)).href;
  } catch {
    // Not resolvable from cwd: let import() try from this package (it fails with Node's own message).
    return specifier;
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const isClassifier = (value: unknown): value is Classifier =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Classifier).classifyBatch === 'function' &&
  typeof (value as Classifier).close === 'function';

/**
 * Imports `specifier` and builds a `Classifier` from one of its exports. Throws `ModelLoadError`
 * naming the module and export when the import fails, the export is missing, or it yields
 * something that is not a `Classifier`.
 */
export async function loadClassifier(
  specifier: string,
  options: LoadClassifierOptions = {},
): Promise<Classifier> {
  const exportName = options.exportName ?? 'default';
  let namespace: Record<string, unknown>;
  try {
    namespace = await import(resolveModuleSpecifier(specifier, options.cwd));
  } catch (error) {
    throw new ModelLoadError(`Cannot import ${specifier}: ${messageOf(error)}`, { cause: error });
  }
  const exported = namespace[exportName];
  if (exported === undefined) {
    const names = Object.keys(namespace).sort().join(', ') || '(none)';
    throw new ModelLoadError(`${specifier} has no export "${exportName}"; it exports: ${names}`);
  }
  let value: unknown = exported;
  if (typeof exported === 'function') {
    try {
      value = await (options.factoryOptions === undefined ? exported() : exported(options.factoryOptions));
    } catch (error) {
      throw new ModelLoadError(`${specifier} "${exportName}" failed: ${messageOf(error)}`, { cause: error });
    }
  }
  if (!isClassifier(value)) {
    throw new ModelLoadError(
      `${specifier} "${exportName}" is not a Classifier or a factory resolving to one (needs classifyBatch and close)`,
    );
  }
  return value;
}
