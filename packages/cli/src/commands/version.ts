import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** This package's version: `package.json` sits one level above both `src/` and `dist/`. */
export function cliVersion(): string {
  return (require('../package.json') as { version: string }).version;
}

/** An installed package's version, or undefined when it is not installed (the teacher is optional). */
function installedVersion(name: string): string | undefined {
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    return undefined;
  }
}

/** `piiguard version`: this command's version and those of the packages it would use. */
export function versionReport(): string {
  const teacher = installedVersion('@piiguard/teacher');
  return [
    `piiguard ${cliVersion()}`,
    `@piiguard/sdk ${installedVersion('@piiguard/sdk') ?? 'not found'}`,
    `@piiguard/pocket ${installedVersion('@piiguard/pocket') ?? 'not found'}`,
    `@piiguard/teacher ${teacher ?? 'not installed (needed only for --teacher)'}`,
    `node ${process.version}`,
  ].join('\n');
}
