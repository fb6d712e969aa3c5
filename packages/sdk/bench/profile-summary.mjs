// Client CPU per request by component, from two CPU profiles of bench/profile-classify.ts
// (raw fetch, then classify()). Usage: node bench/profile-summary.mjs raw.cpuprofile sdk.cpuprofile REQUESTS
import { readFileSync } from 'node:fs';

const CATEGORIES = [
  ['garbage collection', (f) => f === '(garbage collector)'],
  ['ky', (_, u) => u.includes('/ky/')],
  ['piiguard (sdk)', (_, u) => u.includes('/packages/sdk/src/')],
  [
    'AbortSignal / EventTarget',
    (f, u) => /abort_controller|event_target|js_transferable/.test(u) || f === 'SafeWeakRef',
  ],
  ['undici (fetch, Request, Response)', (_, u) => u.includes('undici')],
  ['web streams', (_, u) => u.includes('webstreams')],
  ['socket I/O', (f, u) => f === 'writev' || /node:net|stream_base|streams\/(writable|readable)/.test(u)],
];

function perRequestUs(file, requests) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const deltas = profile.timeDeltas;
  const totals = new Map();
  profile.samples.forEach((id, i) => {
    const us = deltas[i + 1] ?? 0;
    let name = 'other';
    // Attribute a sample to the innermost frame that belongs to a known component.
    for (let cur = id; cur !== undefined && name === 'other'; cur = parent.get(cur)) {
      const { functionName, url } = nodes.get(cur).callFrame;
      if (functionName === '(idle)' || functionName === '(program)') name = 'idle';
      for (const [label, test] of CATEGORIES) if (name === 'other' && test(functionName, url)) name = label;
    }
    totals.set(name, (totals.get(name) ?? 0) + us);
  });
  totals.delete('idle');
  return new Map([...totals].map(([k, v]) => [k, v / requests]));
}

const [rawFile, sdkFile, requests = '12000'] = process.argv.slice(2);
const raw = perRequestUs(rawFile, Number(requests));
const sdk = perRequestUs(sdkFile, Number(requests));
const names = [...new Set([...sdk.keys(), ...raw.keys()])].sort(
  (a, b) => (sdk.get(b) ?? 0) - (sdk.get(a) ?? 0),
);
const sum = (m) => [...m.values()].reduce((a, b) => a + b, 0);
console.log(
  'component'.padEnd(36),
  'raw µs/req'.padStart(11),
  'classify µs/req'.padStart(16),
  'delta'.padStart(8),
);
for (const n of names) {
  const r = raw.get(n) ?? 0;
  const s = sdk.get(n) ?? 0;
  console.log(
    n.padEnd(36),
    r.toFixed(1).padStart(11),
    s.toFixed(1).padStart(16),
    (s - r).toFixed(1).padStart(8),
  );
}
console.log(
  'total (busy)'.padEnd(36),
  sum(raw).toFixed(1).padStart(11),
  sum(sdk).toFixed(1).padStart(16),
  (sum(sdk) - sum(raw)).toFixed(1).padStart(8),
);
