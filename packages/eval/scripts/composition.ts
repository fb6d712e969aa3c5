/**
 * Prints a dataset's composition (counts by label, kind and language) as markdown tables, and with
 * --write-readme replaces the block between the composition markers in packages/eval/README.md.
 *
 *   npx tsx packages/eval/scripts/composition.ts [--data <file.jsonl>] [--write-readme]
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { composition, formatComposition, readDataset } from '../src/index.js';
import { replaceCompositionBlock } from './readme-block.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(packageDir, 'data', 'handwritten.jsonl') },
    'write-readme': { type: 'boolean', default: false },
  },
});

const tables = formatComposition(composition(await readDataset(values.data)));
process.stdout.write(`${tables}\n`);
if (values['write-readme']) {
  const readmePath = join(packageDir, 'README.md');
  await writeFile(readmePath, replaceCompositionBlock(await readFile(readmePath, 'utf8'), tables));
  process.stdout.write(`\nupdated ${readmePath}\n`);
}
