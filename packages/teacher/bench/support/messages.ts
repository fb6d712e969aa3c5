import { WORDS } from '../../scripts/fixture/words.js';

/** Chat-like messages for the benchmarks: mostly short, some long (3–120 words), seeded. */
export function chatMessages(count: number, initialSeed = 42): string[] {
  let seed = initialSeed;
  const random = () => {
    seed = (seed * 48_271) % 2_147_483_647;
    return seed / 2_147_483_647;
  };
  return Array.from({ length: count }, () => {
    const words = random() < 0.8 ? 3 + Math.floor(random() * 30) : 30 + Math.floor(random() * 90);
    return Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
  });
}
