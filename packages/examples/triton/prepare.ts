// Puts a model's ONNX graph where Triton looks for it, <repo>/<name>/1/model.onnx, after checking
// that the model configuration fits the model: the configuration's `name` must be its folder's
// (Triton refuses it otherwise) and its `logits` dims the number of labels in config.json `id2label`.
//
//   npx tsx packages/examples/triton/prepare.ts --model <folder> --name roblox-pii-v2 [--repo <dir>] [--onnx <file>]
//
// --model  a Hugging Face layout folder (a hub cache snapshot, a `huggingface-cli download`
//          --local-dir): config.json, and onnx/model.onnx or model.onnx
// --name   the model in the repository: roblox-pii-v1 or roblox-pii-v2
// --repo   the model repository to write (default: model_repository next to this script); its
//          <name>/config.pbtxt is used when present, else this example's is copied there
// --onnx   the graph to copy instead of the folder's (e.g. one the teacher converted from safetensors)
//
// External data (`model.onnx_data` next to the graph, for graphs over 2 GB) is copied along.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const EXAMPLE_REPO = fileURLToPath(new URL('model_repository', import.meta.url));

class UsageError extends Error {}

/** The text between `key [` and its matching `]`. */
function listBlock(code: string, key: string): string | undefined {
  const start = new RegExp(`\\b${key}\\s*\\[`).exec(code);
  if (start === null) return undefined;
  const from = start.index + start[0].length;
  let depth = 1;
  for (let i = from; i < code.length; i++) {
    if (code[i] === '[') depth++;
    else if (code[i] === ']' && --depth === 0) return code.slice(from, i);
  }
  return undefined;
}

/** The fields of a config.pbtxt this script checks: the model name and the `logits` output's dims. */
function readTritonConfig(text: string): { name: string | undefined; logitsDims: number[] | undefined } {
  const code = text.replace(/#.*$/gm, '');
  // Top-level fields start their line; the inputs' and outputs' own `name:` are indented.
  const name = /^name:\s*"([^"]*)"/m.exec(code)?.[1];
  const entries = [...(listBlock(code, 'output') ?? '').matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!);
  const logits = entries.find((entry) => /name:\s*"logits"/.test(entry));
  const dims = logits === undefined ? undefined : /dims:\s*\[([^\]]*)\]/.exec(logits)?.[1];
  return { name, logitsDims: dims?.split(',').map((d) => Number(d.trim())) };
}

function labelCount(configPath: string): number {
  if (!existsSync(configPath))
    throw new UsageError(`${configPath} is missing: --model must hold config.json.`);
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as { id2label?: Record<string, string> };
  if (typeof config.id2label !== 'object' || config.id2label === null) {
    throw new UsageError(`${configPath} has no id2label: this is not a classifier's config.`);
  }
  return Object.keys(config.id2label).length;
}

function onnxFile(model: string, onnx: string | undefined): string {
  if (onnx !== undefined) {
    if (!existsSync(onnx)) throw new UsageError(`--onnx ${onnx} does not exist.`);
    return onnx;
  }
  const found = ['onnx/model.onnx', 'model.onnx'].map((f) => join(model, f)).find((p) => existsSync(p));
  if (found === undefined) {
    throw new UsageError(
      `${model} has neither onnx/model.onnx nor model.onnx. For safetensors-only weights, load the model ` +
        'once with @piiguard/teacher (it converts them) and pass the converted graph with --onnx.',
    );
  }
  return found;
}

function prepare(argv: string[]): string[] {
  const { values } = parseArgs({
    args: argv,
    options: {
      model: { type: 'string' },
      name: { type: 'string' },
      repo: { type: 'string' },
      onnx: { type: 'string' },
    },
  });
  const names = readdirSync(EXAMPLE_REPO).filter((n) => existsSync(join(EXAMPLE_REPO, n, 'config.pbtxt')));
  if (values.model === undefined) throw new UsageError('--model <folder> is required.');
  if (values.name === undefined || !/^[\w.-]+$/.test(values.name)) {
    throw new UsageError(`--name must be one of: ${names.join(', ')}.`);
  }
  const model = resolve(values.model);
  const repo = resolve(values.repo ?? EXAMPLE_REPO);
  const target = join(repo, values.name);
  const configSource = [join(target, 'config.pbtxt'), join(EXAMPLE_REPO, values.name, 'config.pbtxt')].find(
    existsSync,
  );
  if (configSource === undefined) {
    throw new UsageError(`No config.pbtxt for ${values.name}; this example has: ${names.join(', ')}.`);
  }
  const config = readTritonConfig(readFileSync(configSource, 'utf8'));
  if (config.name !== values.name) {
    throw new UsageError(`${configSource} names the model "${config.name}"; Triton needs "${values.name}".`);
  }
  const labels = labelCount(join(model, 'config.json'));
  if (config.logitsDims?.length !== 1 || config.logitsDims[0] !== labels) {
    throw new UsageError(
      `${configSource} declares logits dims [${config.logitsDims?.join(', ') ?? 'none'}], but ` +
        `${join(model, 'config.json')} has ${labels} labels: this model is not ${values.name}.`,
    );
  }
  const graph = onnxFile(model, values.onnx);
  const version = join(target, '1');
  rmSync(version, { recursive: true, force: true });
  mkdirSync(version, { recursive: true });
  const written = [join(target, 'config.pbtxt'), join(version, 'model.onnx')];
  if (configSource !== written[0]) copyFileSync(configSource, written[0]!);
  copyFileSync(graph, written[1]!);
  const data = join(dirname(graph), 'model.onnx_data');
  if (existsSync(data)) {
    copyFileSync(data, join(version, 'model.onnx_data'));
    written.push(join(version, 'model.onnx_data'));
  }
  return written;
}

try {
  const written = prepare(process.argv.slice(2));
  for (const file of written) console.log(`wrote ${file}`);
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`prepare.ts: ${error.message}`);
  process.exitCode = 2;
}
