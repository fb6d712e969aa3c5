import type { Label } from '@piiguard/sdk';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, labelFromScores } from '../src/index.js';

describe('labelFromScores (model-card cutoffs: asking >= 0.2, giving >= 0.3, pii >= 0.2691)', () => {
  it.each<[number, number, Label, string]>([
    [0.2, 0, 'asking', 'asking exactly at its cutoff fires'],
    [0.19999, 0, 'none', 'asking just below its cutoff does not'],
    [0, 0.3, 'giving', 'giving exactly at its cutoff fires'],
    [0, 0.2691, 'giving', 'giving exactly at the overall cutoff wins through rule 3'],
    [0, 0.26909, 'none', 'giving just below the overall cutoff is none'],
    [0.2691, 0.2691, 'asking', 'asking fires on its own cutoff; giving does not reach 0.3'],
    [0.5, 0.8, 'giving', 'both fire: the higher score wins'],
    [0.9, 0.35, 'asking', 'both fire: the higher score wins (asking)'],
    [0.4, 0.4, 'asking', 'both fire with equal scores: asking'],
    [0.1, 0.1, 'none', 'neither fires and max is below 0.2691'],
    [0.25, 0.29, 'asking', 'asking fires alone although giving is higher'],
    [0.1, 0.29, 'giving', 'neither per-class cutoff, max >= 0.2691: the higher class'],
    [Number.NaN, 0.5, 'giving', 'NaN asking leaves the decision to giving'],
    [0.5, Number.NaN, 'asking', 'NaN giving leaves the decision to asking'],
    [Number.NaN, Number.NaN, 'none', 'two NaN scores give none'],
    [Number.NaN, 0.28, 'giving', 'NaN asking, giving between 0.2691 and 0.3'],
  ])('(%f, %f) -> %s: %s', (asking, giving, label) => {
    expect(labelFromScores({ asking, giving })).toBe(label);
  });

  it('uses configured cutoffs', () => {
    const strict = { asking: 0.6, giving: 0.7, pii: 0.9 };
    expect(labelFromScores({ asking: 0.5, giving: 0.65 }, strict)).toBe('none');
    expect(labelFromScores({ asking: 0.6, giving: 0.65 }, strict)).toBe('asking');
    expect(labelFromScores({ asking: 0.5, giving: 0.7 }, { ...DEFAULT_THRESHOLDS, giving: 0.7 })).toBe(
      'giving',
    );
  });

  it('exports the model card defaults, frozen', () => {
    expect(DEFAULT_THRESHOLDS).toEqual({ asking: 0.2, giving: 0.3, pii: 0.2691 });
    expect(Object.isFrozen(DEFAULT_THRESHOLDS)).toBe(true);
  });
});
