import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { type Figure, type Suite, budgetMiss } from './figure';

/**
 * `npm run bench [suite...]`: builds the extension with its benchmark marks into .output/bench,
 * runs each suite (Chromium, or Node where stated), prints one line per figure and writes them
 * all to bench/results.json. docs/performance.md says how each figure is measured.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const OUT_DIR = '.output/bench';
process.env.FITCHECK_OUT_DIR = OUT_DIR;

const SUITES: Record<string, () => Promise<Suite>> = {
  sizes: async () => (await import('./sizes')).sizesSuite,
  page: async () => (await import('./page')).pageSuite,
  popup: async () => (await import('./popup')).popupSuite,
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in SUITES));
if (unknown.length > 0) {
  console.error(`unknown suite ${unknown.join(', ')}; the suites are: ${Object.keys(SUITES).join(', ')}`);
  process.exit(2);
}

function build(): void {
  console.log(`building the benchmark build into ${OUT_DIR} ...`);
  execFileSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, FITCHECK_E2E: '1', FITCHECK_BENCH: '1', FITCHECK_OUT_DIR: OUT_DIR },
  });
}

const round = (value: number) => (Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100);
const show = (value: number, unit: string) => `${round(value).toLocaleString('en-US')} ${unit}`;

function line(result: Figure): string {
  const parts = [
    result.name.padEnd(46),
    `median ${show(result.median, result.unit)}`.padEnd(30),
    `p95 ${show(result.p95, result.unit)}`.padEnd(26),
  ];
  if (result.baseline && result.ratio !== undefined) {
    parts.push(
      `${round(result.ratio)}x ${result.baseline.name} (${show(result.baseline.median, result.unit)})`,
    );
  }
  const miss = budgetMiss(result);
  if (result.budget) parts.push(miss ? `MISS: ${miss}` : 'within budget');
  return parts.join('  ');
}

build();
const extensionDir = join(ROOT, OUT_DIR, 'chrome-mv3');
const figures: Figure[] = [];
for (const name of wanted.length > 0 ? wanted : Object.keys(SUITES)) {
  console.log(`\n${name}`);
  const suite = await SUITES[name]?.();
  for (const result of (await suite?.({ extensionDir })) ?? []) {
    console.log(line(result));
    figures.push(result);
  }
}
await mkdir(join(ROOT, 'bench'), { recursive: true });
const results = {
  measuredAt: new Date().toISOString(),
  machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown' },
  figures,
};
await writeFile(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
const misses = figures.filter((result) => budgetMiss(result) !== undefined).length;
console.log(`\n${figures.length} figures, ${misses} over budget; written to bench/results.json`);
