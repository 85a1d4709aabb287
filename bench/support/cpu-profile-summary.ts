// `node -r ./test/support/ts-register.js bench/support/cpu-profile-summary.ts FILE.cpuprofile [top] [last-seconds]`: where a
// `--cpu-prof` profile's samples went, by self time, grouped by package (node_modules/<pkg>), by our source
// folder (src/<folder>), or by node's own code; then the top functions. Shares of samples, not times. With
// last-seconds, only the samples of the profile's last that many seconds (the load, not the start-up).
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  endTime: number;
  startTime: number;
}

function groupOf(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const ours = /\/(src|bench)\/([^/]+)/.exec(url);
  if (ours) return `${ours[1]}/${ours[2]}`;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  return url;
}

function summarise(profile: Profile, top: number, lastSeconds: number): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<number, number>();
  const from = lastSeconds > 0 ? profile.endTime - lastSeconds * 1e6 : -Infinity;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at >= from) selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...selfMs.values()].reduce((a, b) => a + b, 0);
  const groups = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const { functionName, url, lineNumber } = byId.get(id)?.callFrame ?? { functionName: '?', url: '', lineNumber: 0 };
    const group = groupOf(url, functionName);
    groups.set(group, (groups.get(group) ?? 0) + ms);
    const key = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
    functions.set(key, (functions.get(key) ?? 0) + ms);
  }
  const inclusive = inclusiveShares(profile, byId, selfMs);
  const lines = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, ms]) => `${((100 * ms) / total).toFixed(1).padStart(5)} %  ${k}`);
  return [
    `${(total / 1000).toFixed(1)} s of samples`,
    '',
    'by package or folder (self time):',
    ...lines(groups, 30),
    '',
    'top functions:',
    ...lines(functions, top),
    '',
    'top functions, with what they call (inclusive; our code and Nest/Fastify only):',
    ...lines(inclusive, top),
  ].join('\n');
}

function keyOf(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
}

/** Each function's share of the samples with it anywhere on the stack (once per sample, however deep it recurses). */
function inclusiveShares(profile: Profile, byId: Map<number, ProfileNode>, selfMs: Map<number, number>): Map<string, number> {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const shares = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (!node || !/\/(src|bench)\/|@nestjs|fastify|class-validator|class-transformer|better-sqlite3/.test(node.callFrame.url)) continue;
      const key = keyOf(node);
      if (seen.has(key)) continue;
      seen.add(key);
      shares.set(key, (shares.get(key) ?? 0) + ms);
    }
  }
  return shares;
}

const [file, top, last] = process.argv.slice(2);
console.log(summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile, Number(top ?? 25), Number(last ?? 0)));
