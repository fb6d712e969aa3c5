/**
 * A tiny template language: `[a|b|]` picks one option (empty allowed), `{slot}` asks a slot filler
 * for a value. Options are expanded before slots, so values (which may contain brackets, as in
 * "kim [at] gmail") are never re-read as syntax.
 */
import type { Rng } from '../../src/random.js';

export type Slots = Readonly<Record<string, (rng: Rng) => string>>;

const CHOICE = /\[([^[\]]*)\]/g;
const SLOT = /\{(\w+)\}/g;

export function expand(template: string, rng: Rng, slots: Slots): string {
  const chosen = template.replace(CHOICE, (_m, body: string) => rng.pick(body.split('|')));
  return chosen
    .replace(SLOT, (_m, name: string) => {
      const fill = slots[name];
      if (fill === undefined) throw new Error(`Unknown slot {${name}} in template "${template}"`);
      return fill(rng);
    })
    .replace(/ {2,}/g, ' ')
    .trim();
}
