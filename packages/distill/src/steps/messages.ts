import { mkdir } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { DEFAULT_MAX_TEXT_LENGTH, LABELS } from '@piiguard/sdk';
import { DEFAULT_INFERENCE_URL, DEFAULT_LABEL_MIX, DEFAULT_LANGUAGES } from '../cli/spec.js';
import { UsageError } from '../exit-codes.js';
import { readText, sha256, toJsonl, writeFileAtomic } from '../files.js';
import { HttpClient } from '../http/client.js';
import { generateMessages, planCells } from '../messages/generate.js';
import { countBy, parseMix } from '../messages/mix.js';
import { DEFAULT_PROMPTS, readPrompts } from '../messages/prompts.js';
import { type InputFormat, readMessages } from '../messages/read.js';
import type { MessageRecord } from '../messages/record.js';
import { fingerprint } from '../state.js';
import { countTable, markDone, type StepContext, skipped, upToDate } from './context.js';

/** Step 1: the user's messages and/or generated ones → `messages.jsonl`, deduplicated. */
export async function messagesStep(context: StepContext): Promise<void> {
  const { args, io, layout, report } = context;
  const inputs = args.strings('input').map((path) => resolve(io.cwd, path));
  const generate = args.optionalInteger('generate', 1);
  if (inputs.length === 0 && generate === undefined) {
    throw new UsageError('messages needs --input <file> and/or --generate <count>.');
  }
  const format = args.has('format')
    ? args.oneOf<InputFormat>('format', ['jsonl', 'csv', 'lines'], 'jsonl')
    : undefined;
  const textColumn = args.string('text-column') ?? 'text';
  const maxLength = args.integer('max-length', DEFAULT_MAX_TEXT_LENGTH, 1);
  const generator =
    generate === undefined
      ? undefined
      : {
          count: generate,
          model: args.string('generator-model'),
          url: (args.string('generator-url') ?? DEFAULT_INFERENCE_URL).replace(/\/+$/, ''),
          keyEnv: args.string('generator-key-env') ?? 'FIREWORKS_API_KEY',
          languages: parseMix(args.string('languages') ?? DEFAULT_LANGUAGES, 'languages'),
          labelMix: parseMix(args.string('label-mix') ?? DEFAULT_LABEL_MIX, 'label-mix', LABELS),
          promptsFile: args.string('prompts'),
          batchSize: args.integer('generate-batch', 20, 1, 200),
          concurrency: args.integer('concurrency', 4, 1, 256),
          temperature: args.number('temperature', 1, 0, 2),
          timeoutMs: args.seconds('request-timeout', 60),
        };
  if (generator && !generator.model) throw new UsageError('--generate needs --generator-model <model>.');

  const inputHashes = await Promise.all(inputs.map(async (path) => sha256(await readText(path))));
  const prompts = generator?.promptsFile
    ? await readPrompts(resolve(io.cwd, generator.promptsFile))
    : DEFAULT_PROMPTS;
  const input = fingerprint(inputHashes);
  const settings = fingerprint({
    format: format ?? null,
    textColumn,
    maxLength,
    generator: generator
      ? {
          count: generator.count,
          model: generator.model,
          url: generator.url,
          languages: [...generator.languages],
          labelMix: [...generator.labelMix],
          prompts,
          batchSize: generator.batchSize,
          temperature: generator.temperature,
        }
      : null,
  });
  const done = await upToDate(context, 'messages', input, settings);
  if (done) return skipped(context, 'messages', done.summary);
  await mkdir(layout.dir, { recursive: true });

  const records: MessageRecord[] = [];
  let empty = 0;
  const perFile: [string, number][] = [];
  for (const path of inputs) {
    const result = await readMessages(path, { textColumn, ...(format ? { format } : {}) });
    const name = relative(io.cwd, path) || path;
    records.push(...result.records.map((r) => ({ ...r, source: name })));
    perFile.push([name, result.records.length]);
    empty += result.empty;
  }

  let generated: Awaited<ReturnType<typeof generateMessages>> | undefined;
  if (generator) {
    const cells = planCells(generator.count, generator.labelMix, generator.languages, prompts);
    const http = new HttpClient({
      baseURL: generator.url,
      apiKey: io.env[generator.keyEnv] ?? '',
      service: 'the generator',
      timeoutMs: generator.timeoutMs,
      deadlineMs: generator.timeoutMs * 4,
      maxRetries: 4,
      retryBaseDelayMs: 1000,
      retryMaxDelayMs: 30_000,
      maxRetryAfterMs: 60_000,
      maxResponseBytes: 4 * 1024 * 1024,
    });
    // A checkpoint written for another plan, prompt or model is not reused.
    const checkpointSettings = fingerprint({ cells, prompts, model: generator.model, url: generator.url });
    generated = await generateMessages({
      cells,
      prompts,
      batchSize: generator.batchSize,
      concurrency: generator.concurrency,
      model: generator.model!,
      temperature: generator.temperature,
      maxTokens: Math.min(16_384, 64 * generator.batchSize + 256),
      http,
      checkpointPath: layout.generatedCheckpoint,
      settings: checkpointSettings,
      ...(io.signal ? { signal: io.signal } : {}),
      onProgress: (n, total) => report.progress(`generating: ${n}/${total} messages`, false),
    });
    report.clearProgress();
    records.push(...generated.records);
  }

  const seen = new Set<string>();
  const kept: MessageRecord[] = [];
  let duplicates = 0;
  let tooLong = 0;
  for (const record of records) {
    if (record.text.length > maxLength) tooLong++;
    else if (seen.has(record.id)) duplicates++;
    else {
      seen.add(record.id);
      kept.push(record);
    }
  }
  await writeFileAtomic(layout.messages, toJsonl(kept));

  for (const [name, n] of perFile) report.line(`read ${n} messages from ${name}`);
  if (generated) {
    report.line(
      `generated ${generated.records.length} messages in ${generated.requests} requests` +
        (generated.unparseable > 0 ? ` (${generated.unparseable} answers were not a JSON array)` : '') +
        (generated.short > 0
          ? `; ${generated.short} cells got fewer than planned (the generator repeated itself)`
          : ''),
    );
  }
  report.line(
    `kept ${kept.length} messages: ${duplicates} duplicates (after normalisation), ${empty} empty and ${tooLong} longer than ${maxLength} characters left out`,
  );
  report.line();
  report.line(
    countTable(
      'source',
      countBy(kept, (r) => r.source),
    ),
  );
  report.line();
  report.line(
    countTable(
      'lang',
      countBy(kept, (r) => r.lang),
    ),
  );
  if (kept.some((r) => r.family)) {
    report.line();
    report.line(
      countTable(
        'family',
        countBy(kept, (r) => r.family),
      ),
    );
  }
  if (kept.some((r) => r.intended)) {
    report.line();
    report.line(
      countTable(
        'asked for',
        countBy(kept, (r) => r.intended),
      ),
    );
  }
  if (kept.some((r) => r.gold)) {
    report.line();
    report.line(
      countTable(
        'your label',
        countBy(kept, (r) => r.gold),
      ),
    );
  }
  await markDone(context, 'messages', input, settings, [layout.messages], {
    kept: kept.length,
    duplicates,
    empty,
    tooLong,
  });
}
