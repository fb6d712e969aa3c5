import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as teacher from '../src/index.js';

const read = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');

/** The names in README's "Public API" section: each list item starts with a backticked name. */
function documented(): string[] {
  const readme = read('../README.md');
  const section = readme.slice(
    readme.indexOf('\n## Public API'),
    readme.indexOf('\n## ', readme.indexOf('\n## Public API') + 1),
  );
  return [...section.matchAll(/^- `(\w+)/gm)].map((match) => match[1]!).sort();
}

/** Type-only exports of src/index.ts (they do not exist at run time). */
function typeExports(): string[] {
  const index = read('../src/index.ts');
  return [...index.matchAll(/export type \{([^}]*)\}/g)]
    .flatMap((match) => match[1]!.split(','))
    .map((name) => name.trim())
    .filter(Boolean);
}

describe('the public API of @piiguard/teacher', () => {
  it('exports at run time exactly the documented values', () => {
    expect(Object.keys(teacher).sort()).toEqual([
      'DEFAULT_MODEL',
      'DEFAULT_THRESHOLDS',
      'DEFAULT_V2_THRESHOLDS',
      'ROBLOX_V1',
      'ROBLOX_V2',
      'Teacher',
      'connectTeacher',
      'labelFromScores',
      'labelFromV2Scores',
      'loadTeacher',
    ]);
  });

  it('README "Public API" lists every root export, values and types, and nothing else', () => {
    expect(typeExports().sort()).toEqual([
      'RemoteCircuitBreakerOptions',
      'RemoteEngine',
      'RemoteTeacherOptions',
      'TeacherConversation',
      'TeacherCutoffs',
      'TeacherDevice',
      'TeacherDtype',
      'TeacherEngine',
      'TeacherHead',
      'TeacherInput',
      'TeacherOptions',
      'TeacherProfile',
      'TeacherProfileName',
      'TeacherProvider',
      'TeacherThresholds',
      'TeacherV2Thresholds',
    ]);
    expect(documented()).toEqual([...Object.keys(teacher), ...typeExports()].sort());
  });
});
