/**
 * Prints the pocket model's answers on a tab-separated file of `label<TAB>text` lines: a quick look
 * at concepts while developing (never the evaluation set).
 *   npx tsx packages/pocket/scripts/probe.ts FILE
 */
import { readFileSync } from 'node:fs';
import { loadPocket } from '../src/load.js';

const file = process.argv[2];
if (file === undefined) throw new Error('usage: probe.ts FILE');
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.includes('\t'))
  .map((l) => l.split('\t') as [string, string]);
const pocket = await loadPocket();
const outcomes = await pocket.classifyBatch(rows.map(([, text]) => text));
let correct = 0;
outcomes.forEach((o, i) => {
  const [gold, text] = rows[i]!;
  const label = o.ok ? o.value.label : 'error';
  if (label === gold) correct++;
  else console.log(`${gold.padEnd(7)} → ${label.padEnd(7)} ${JSON.stringify(text)}`);
});
console.log(`${correct}/${rows.length} (${((100 * correct) / rows.length).toFixed(1)}%)`);
