import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What the browser loads, gzipped: each content script (it runs in every page it matches) and
 * the popup's JavaScript (every file popup.html loads before it can paint, followed through
 * their static imports). Sizes are deterministic, so `npm test` checks them (check-sizes.ts);
 * `npm run bench` reports them with the timings.
 */
export const KIB = 1024;
export const CONTENT_SCRIPT_BUDGET = 30 * KIB;
export const POPUP_BUDGET = 40 * KIB;

export interface BundleSize {
  name: string;
  /** The files counted, relative to the build folder. */
  files: string[];
  gzipBytes: number;
  budgetBytes: number;
}

const gzipped = async (path: string) => gzipSync(await readFile(path), { level: 9 }).length;

/** Relative paths the HTML page loads as scripts: its module script and its module preloads. */
function scriptsOfPage(html: string): string[] {
  const sources = [...html.matchAll(/<script[^>]*\bsrc="\/([^"]+)"/g)].map((match) => match[1] ?? '');
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map(
    (match) => match[1] ?? '',
  );
  return [...sources, ...preloads].filter(Boolean);
}

/** Every chunk a chunk imports statically ("./x.js" beside it), and theirs, once each. */
async function withStaticImports(dir: string, entries: string[]): Promise<string[]> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(join(dir, file), 'utf8');
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*"\.\/([^"]+\.js)"/g)) {
      queue.push(`${folder}${match[1]}`);
    }
  }
  return [...seen].sort();
}

export async function measureBundleSizes(dir: string): Promise<BundleSize[]> {
  const contentScripts = (await readdir(join(dir, 'content-scripts'))).filter((file) => file.endsWith('.js'));
  const sizes: BundleSize[] = [];
  for (const file of contentScripts.sort()) {
    const path = `content-scripts/${file}`;
    sizes.push({
      name: `content script ${file}`,
      files: [path],
      gzipBytes: await gzipped(join(dir, path)),
      budgetBytes: CONTENT_SCRIPT_BUDGET,
    });
  }
  const popupFiles = await withStaticImports(
    dir,
    scriptsOfPage(await readFile(join(dir, 'popup.html'), 'utf8')),
  );
  let popupBytes = 0;
  for (const file of popupFiles) popupBytes += await gzipped(join(dir, file));
  sizes.push({
    name: 'popup JavaScript',
    files: popupFiles,
    gzipBytes: popupBytes,
    budgetBytes: POPUP_BUDGET,
  });
  return sizes;
}
