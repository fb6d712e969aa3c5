/**
 * How close an evaluation row is to a model's training data: the word-Jaccard similarity of the row
 * to its nearest neighbour in a reference corpus. A set that sits close to the generator measures
 * recall of its templates, not generalisation, so figures are reported by similarity band and the
 * headline is taken on rows far from the corpus.
 */

/** Word runs of letters and digits; runs in scripts written without spaces are split further. */
const WORD = /[\p{L}\p{N}]+/gu;
/** Han, kana and Thai: no spaces between words, so a run is read as overlapping character pairs. */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/u;

/**
 * The distinct words of a text, as the similarity reads them: NFKC, lower case, runs of letters and
 * digits; in scripts written without spaces (Japanese, Chinese, Thai) overlapping character pairs.
 */
export function wordSet(text: string): Set<string> {
  const words = new Set<string>();
  for (const [run] of text.normalize('NFKC').toLowerCase().matchAll(WORD)) {
    if (!UNSPACED.test(run)) {
      words.add(run);
      continue;
    }
    const chars = [...run];
    if (chars.length === 1) words.add(run);
    for (let i = 0; i + 1 < chars.length; i++) words.add(chars[i]! + chars[i + 1]!);
  }
  return words;
}

/** The nearest reference text of a query. */
export interface Neighbour {
  /** Word-Jaccard similarity |A ∩ B| / |A ∪ B| in [0, 1]; 0 when nothing is shared. */
  readonly similarity: number;
  /** Position of the nearest reference text in the list the index was built from; -1 when none shares a word. */
  readonly index: number;
}

/**
 * An inverted index over a reference corpus (word → the texts that contain it), so the exact
 * nearest neighbour of a query is found by walking only the posting lists of the query's words,
 * not by comparing it with every text. Identical word sets are stored once.
 */
export class SimilarityIndex {
  /** Number of texts the index was built from. */
  readonly size: number;
  readonly #postings = new Map<string, number[]>();
  /** Word count of each distinct word set. */
  readonly #lengths: number[] = [];
  /** The first reference position of each distinct word set. */
  readonly #first: number[] = [];
  #counts = new Uint32Array(0);

  constructor(texts: Iterable<string>) {
    const seen = new Map<string, number>();
    let size = 0;
    for (const text of texts) {
      const words = [...wordSet(text)].sort();
      const key = words.join(' ');
      const position = size++;
      if (seen.has(key)) continue;
      const id = this.#lengths.length;
      seen.set(key, id);
      this.#lengths.push(words.length);
      this.#first.push(position);
      for (const word of words) {
        const list = this.#postings.get(word);
        if (list === undefined) this.#postings.set(word, [id]);
        else list.push(id);
      }
    }
    this.size = size;
    this.#counts = new Uint32Array(this.#lengths.length);
  }

  /** The reference text with the highest word-Jaccard similarity to `text` (the first one on a tie). */
  nearest(text: string): Neighbour {
    const words = wordSet(text);
    if (words.size === 0) return { similarity: 0, index: -1 };
    const counts = this.#counts;
    const touched: number[] = [];
    for (const word of words) {
      const list = this.#postings.get(word);
      if (list === undefined) continue;
      for (const id of list) {
        if (counts[id] === 0) touched.push(id);
        counts[id]! += 1;
      }
    }
    let best = 0;
    let bestId = -1;
    for (const id of touched) {
      const shared = counts[id]!;
      const similarity = shared / (words.size + this.#lengths[id]! - shared);
      if (similarity > best || (similarity === best && bestId !== -1 && id < bestId)) {
        best = similarity;
        bestId = id;
      }
      counts[id] = 0;
    }
    return { similarity: best, index: bestId === -1 ? -1 : this.#first[bestId]! };
  }
}

/** Word-Jaccard similarity of two texts (the measure `SimilarityIndex` maximises). */
export function wordJaccard(a: string, b: string): number {
  const x = wordSet(a);
  const y = wordSet(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared += 1;
  const union = x.size + y.size - shared;
  return union === 0 ? 0 : shared / union;
}
