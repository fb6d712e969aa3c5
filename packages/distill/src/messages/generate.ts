import { appendFile, writeFile } from 'node:fs/promises';
import type { Label } from '@piiguard/sdk';
import { headerSettings, readIfExists } from '../files.js';
import type { HttpClient } from '../http/client.js';
import { allocate, type Mix } from './mix.js';
import { type GenerationPrompts, userPrompt } from './prompts.js';
import { dedupeKey, type MessageRecord, recordId } from './record.js';

/** One planned group of messages: a label, a family and a language, and how many to get. */
export interface Cell {
  readonly label: Label;
  readonly family: string;
  readonly lang: string;
  readonly target: number;
}

export const cellKey = (cell: Pick<Cell, 'label' | 'family' | 'lang'>) =>
  `${cell.label}/${cell.family}/${cell.lang}`;

/**
 * Splits `count` messages over labels by `labelMix`, each label's share evenly over its families,
 * and each family's over `languages` (largest remainders, so the counts add up exactly).
 */
export function planCells(count: number, labelMix: Mix, languages: Mix, prompts: GenerationPrompts): Cell[] {
  const cells: Cell[] = [];
  for (const [label, perLabel] of allocate(count, labelMix)) {
    const families = Object.keys(prompts.families[label as Label]);
    const even = new Map(families.map((family) => [family, 1 / families.length]));
    for (const [family, perFamily] of allocate(perLabel, even)) {
      for (const [lang, n] of allocate(perFamily, languages)) {
        if (n > 0) cells.push({ label: label as Label, family, lang, target: n });
      }
    }
  }
  return cells;
}

export interface GenerateOptions {
  readonly cells: readonly Cell[];
  readonly prompts: GenerationPrompts;
  /** Messages asked for per request. */
  readonly batchSize: number;
  /** Requests in flight at once. */
  readonly concurrency: number;
  readonly model: string;
  readonly temperature: number;
  /** `max_tokens` per answer. */
  readonly maxTokens: number;
  readonly http: HttpClient;
  /** Every answered request is appended here, so a resumed run asks only for what is missing. */
  readonly checkpointPath: string;
  /** Fingerprint of the plan, prompts and model: a checkpoint written for others is started over. */
  readonly settings: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface GenerateResult {
  readonly records: MessageRecord[];
  /** Requests answered (this run and resumed ones). */
  readonly requests: number;
  /** Answers that were not a JSON array of strings. */
  readonly unparseable: number;
  /** Cells that ended with fewer messages than planned (the generator kept repeating itself). */
  readonly short: number;
}

/** Extra requests a cell may use beyond the planned ones, as a multiple, to make up for duplicates. */
const ATTEMPT_FACTOR = 3;

/** The strings of an answer that is a JSON array (code fences and text around it tolerated); `undefined` otherwise. */
export function parseMessages(content: unknown): string[] | undefined {
  if (typeof content !== 'string') return undefined;
  const start = content.indexOf('[');
  const end = content.lastIndexOf(']');
  if (start < 0 || end <= start) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(content.slice(start, end + 1));
  } catch {
    return undefined;
  }
  if (!Array.isArray(value)) return undefined;
  return value.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
}

function contentOf(body: unknown): unknown {
  const choices = (body as { choices?: unknown } | undefined)?.choices;
  const first = Array.isArray(choices)
    ? (choices[0] as { message?: { content?: unknown } } | undefined)
    : undefined;
  return first?.message?.content;
}

/**
 * Asks an OpenAI-compatible chat-completions endpoint for each cell's messages, in batches, until
 * every cell has its target of messages new to the whole run (after normalisation) or has used
 * its attempts. Answered requests are checkpointed; a request that fails after its retries
 * rejects the whole generation (rerun to resume).
 */
export async function generateMessages(options: GenerateOptions): Promise<GenerateResult> {
  const seen = new Set<string>();
  const byCell = new Map<string, MessageRecord[]>(options.cells.map((cell) => [cellKey(cell), []]));
  const cellsByKey = new Map(options.cells.map((cell) => [cellKey(cell), cell]));
  const attempts = new Map<string, number>();
  let requests = 0;
  let unparseable = 0;

  const accept = (cell: Cell, texts: readonly string[] | undefined) => {
    requests++;
    attempts.set(cellKey(cell), (attempts.get(cellKey(cell)) ?? 0) + 1);
    if (texts === undefined) {
      unparseable++;
      return;
    }
    const kept = byCell.get(cellKey(cell))!;
    for (const text of texts) {
      const key = dedupeKey(text);
      if (key === '' || seen.has(key) || kept.length >= cell.target) continue;
      seen.add(key);
      kept.push({
        id: recordId(text),
        text,
        lang: cell.lang,
        family: cell.family,
        source: 'generator',
        intended: cell.label,
      });
    }
  };

  const lines =
    (await readIfExists(options.checkpointPath))?.split('\n').filter((l) => l.trim() !== '') ?? [];
  if (lines.length > 0 && headerSettings(lines[0]!) === options.settings) {
    for (const line of lines.slice(1)) {
      // A line cut by a crash is dropped: that request is simply asked again.
      let entry: { cell?: unknown; texts?: unknown };
      try {
        entry = JSON.parse(line);
      } catch {
        continue;
      }
      const cell = typeof entry.cell === 'string' ? cellsByKey.get(entry.cell) : undefined;
      if (cell) accept(cell, Array.isArray(entry.texts) ? (entry.texts as string[]) : undefined);
    }
  } else {
    await writeFile(options.checkpointPath, `${JSON.stringify({ settings: options.settings })}\n`);
  }

  const total = options.cells.reduce((sum, cell) => sum + cell.target, 0);
  const done = () => [...byCell.values()].reduce((sum, records) => sum + records.length, 0);
  const maxAttempts = (cell: Cell) => Math.ceil(cell.target / options.batchSize) * ATTEMPT_FACTOR;
  // Messages requested and not answered yet, per cell, so workers do not all ask for the same cell.
  const pending = new Map<string, number>();
  const inFlight = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string, by: number) => map.set(key, (map.get(key) ?? 0) + by);
  const next = (): Cell | undefined =>
    options.cells.find(
      (cell) =>
        byCell.get(cellKey(cell))!.length + (pending.get(cellKey(cell)) ?? 0) < cell.target &&
        (attempts.get(cellKey(cell)) ?? 0) + (inFlight.get(cellKey(cell)) ?? 0) < maxAttempts(cell),
    );

  let failure: unknown;
  const worker = async () => {
    for (let cell = next(); cell && failure === undefined; cell = next()) {
      const key = cellKey(cell);
      const n = Math.min(options.batchSize, cell.target - byCell.get(key)!.length - (pending.get(key) ?? 0));
      bump(pending, key, n);
      bump(inFlight, key, 1);
      try {
        const body = await options.http.json({
          method: 'post',
          path: 'chat/completions',
          what: `generating ${cell.label}/${cell.family} messages`,
          json: {
            model: options.model,
            temperature: options.temperature,
            max_tokens: options.maxTokens,
            messages: [
              { role: 'system', content: options.prompts.system },
              { role: 'user', content: userPrompt(options.prompts, cell.label, cell.family, cell.lang, n) },
            ],
          },
          ...(options.signal ? { signal: options.signal } : {}),
        });
        const texts = parseMessages(contentOf(body));
        await appendFile(options.checkpointPath, `${JSON.stringify({ cell: key, texts: texts ?? null })}\n`);
        accept(cell, texts);
        options.onProgress?.(done(), total);
      } catch (error) {
        failure ??= error;
      } finally {
        bump(pending, key, -n);
        bump(inFlight, key, -1);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  if (failure !== undefined) throw failure;

  const records = options.cells.flatMap((cell) => byCell.get(cellKey(cell))!);
  const short = options.cells.filter((cell) => byCell.get(cellKey(cell))!.length < cell.target).length;
  return { records, requests, unparseable, short };
}
