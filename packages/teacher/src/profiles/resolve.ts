import { ConfigurationError, ModelLoadError } from '@piiguard/sdk';
import { ROBLOX_V1 } from './roblox-v1.js';
import { ROBLOX_V2 } from './roblox-v2.js';
import type { TeacherCutoffs, TeacherHead, TeacherProfile } from './types.js';

/** The built-in profiles, by the name the `profile` option accepts. */
const BUILT_IN = { 'roblox-v1': ROBLOX_V1, 'roblox-v2': ROBLOX_V2 } as const;

/** A built-in profile's name: `'roblox-v1'` (two heads) or `'roblox-v2'` (three heads, conversations). */
export type TeacherProfileName = keyof typeof BUILT_IN;

/** The order of scores on the wire between the worker and the host. */
const SCORE_ORDER: readonly TeacherHead[] = ['asking', 'giving', 'offPlatform'];

/** A profile bound to one model: where each score is among the logits, and the cutoffs in force. */
export interface BoundProfile {
  readonly profile: TeacherProfile;
  /** The scores the profile fills, in `SCORE_ORDER`. */
  readonly scores: readonly TeacherHead[];
  /** The logit index of each of `scores`, from `config.json` `id2label`. */
  readonly logitIndex: readonly number[];
  /** The profile's cutoffs with the `thresholds` option applied. */
  readonly thresholds: TeacherCutoffs;
}

function invalid(option: string, requirement: string): never {
  throw new ConfigurationError(`Option \`${option}\` ${requirement}.`, option);
}

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * The `profile` option checked: a built-in name, a profile object, or `undefined` (detect from
 * `config.json`). Throws `ConfigurationError` naming the field that is wrong, never its value.
 */
export function resolveProfileOption(
  value: TeacherProfileName | TeacherProfile | undefined,
): TeacherProfile | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') {
    if (!Object.hasOwn(BUILT_IN, value)) {
      invalid(
        'profile',
        `must be one of ${Object.keys(BUILT_IN)
          .map((n) => `'${n}'`)
          .join(', ')}, or a profile object`,
      );
    }
    return BUILT_IN[value];
  }
  if (typeof value !== 'object' || value === null) invalid('profile', 'must be a profile name or object');
  if (!nonEmpty(value.name)) invalid('profile.name', 'must be a non-empty string');
  const heads: Partial<Record<TeacherHead, unknown>> = value.heads ?? {};
  if (typeof value.heads !== 'object' || value.heads === null) invalid('profile.heads', 'must be an object');
  for (const head of SCORE_ORDER) {
    const required = head !== 'offPlatform';
    if ((required || heads[head] !== undefined) && !nonEmpty(heads[head])) {
      invalid(`profile.heads.${head}`, 'must be a non-empty string (a config.json id2label name)');
    }
  }
  const names = SCORE_ORDER.map((head) => heads[head]).filter((name) => name !== undefined);
  if (new Set(names).size !== names.length)
    invalid('profile.heads', 'must name a different label for each head');
  if (typeof value.usesContext !== 'boolean') invalid('profile.usesContext', 'must be a boolean');
  if (value.truncation !== 'left' && value.truncation !== 'right') {
    invalid('profile.truncation', "must be 'left' or 'right'");
  }
  if (typeof value.format !== 'function') invalid('profile.format', 'must be a function');
  if (typeof value.label !== 'function') invalid('profile.label', 'must be a function');
  if (typeof value.thresholds !== 'object' || value.thresholds === null) {
    invalid('profile.thresholds', 'must be an object of cutoffs');
  }
  for (const [name, cutoff] of Object.entries(value.thresholds)) {
    if (!(typeof cutoff === 'number' && cutoff >= 0 && cutoff <= 1)) {
      invalid(`profile.thresholds.${name}`, 'must be a number in [0, 1]');
    }
  }
  return value;
}

/**
 * The profile's cutoffs with `thresholds` (numbers in [0, 1], already checked) applied by name.
 * @throws ConfigurationError naming `thresholds.<name>` for a cutoff the profile does not have.
 */
export function mergeCutoffs(
  profile: TeacherProfile,
  thresholds: TeacherCutoffs | undefined,
): TeacherCutoffs {
  const merged: Record<string, number> = { ...profile.thresholds };
  for (const [name, cutoff] of Object.entries(thresholds ?? {})) {
    if (!Object.hasOwn(profile.thresholds, name)) {
      invalid(
        `thresholds.${name}`,
        `is not a cutoff of the profile ${profile.name}; its cutoffs are ${Object.keys(profile.thresholds).join(', ')}`,
      );
    }
    merged[name] = cutoff;
  }
  return merged;
}

const labelList = (labels: readonly string[]) => `[${labels.join(', ')}]`;
const headLabels = (profile: TeacherProfile) =>
  SCORE_ORDER.flatMap((head) => (profile.heads[head] === undefined ? [] : [profile.heads[head]!]));

/**
 * The profile for a model with these `id2label` labels (in logit order): the one given, or the
 * built-in one whose heads are exactly these labels; `thresholds` (already checked to be numbers in
 * [0, 1]) override its cutoffs by name.
 * @throws ModelLoadError listing the labels found when no profile matches them.
 * @throws ConfigurationError naming `thresholds.<name>` for a cutoff the profile does not have.
 */
export function bindProfile(
  labels: readonly string[],
  chosen: TeacherProfile | undefined,
  thresholds: TeacherCutoffs | undefined,
): BoundProfile {
  const matches = (profile: TeacherProfile) => {
    const wanted = headLabels(profile);
    return wanted.length === labels.length && wanted.every((label) => labels.includes(label));
  };
  const profile = chosen ?? Object.values(BUILT_IN).find(matches);
  if (!profile) {
    const known = Object.values(BUILT_IN)
      .map((p) => `${p.name} ${labelList(headLabels(p))}`)
      .join(', ');
    throw new ModelLoadError(
      `The model's labels are ${labelList(labels)} (config.json id2label); no teacher profile has these ` +
        `heads (${known}). Is this a Roblox PII classifier? For another model, pass a custom \`profile\`.`,
    );
  }
  if (!matches(profile)) {
    throw new ModelLoadError(
      `The model's labels are ${labelList(labels)} (config.json id2label); the profile ${profile.name} ` +
        `needs exactly ${labelList(headLabels(profile))}.`,
    );
  }
  const merged = mergeCutoffs(profile, thresholds);
  const scores = SCORE_ORDER.filter((head) => profile.heads[head] !== undefined);
  return Object.freeze({
    profile,
    scores,
    logitIndex: scores.map((head) => labels.indexOf(profile.heads[head]!)),
    thresholds: Object.freeze(merged),
  });
}
