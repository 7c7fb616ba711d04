import { join, resolve } from 'node:path';
import { KIB, measureBundleSizes } from './bench/bundle-sizes';

/**
 * `npm test` runs this after the build: a content script over 30 KB gzipped, or a popup whose
 * JavaScript is over 40 KB gzipped, fails the test command (issue 8, docs/performance.md).
 */
const dir = resolve(process.env.FITCHECK_OUT_DIR ?? '.output', 'chrome-mv3');
const sizes = await measureBundleSizes(dir);
const kib = (bytes: number) => `${(bytes / KIB).toFixed(1)} KB`;
let over = 0;
for (const size of sizes) {
  const fits = size.gzipBytes <= size.budgetBytes;
  if (!fits) over += 1;
  console.log(
    `${fits ? 'ok  ' : 'OVER'} ${size.name.padEnd(36)} ${kib(size.gzipBytes).padStart(9)} gzipped` +
      `  (budget ${kib(size.budgetBytes)}; ${size.files.map((file) => join(file)).join(', ')})`,
  );
}
if (sizes.length < 2) {
  console.error(`no content script or popup found in ${dir}: build first`);
  process.exit(1);
}
if (over > 0) {
  console.error(`${over} bundle(s) over budget: see docs/performance.md for what belongs in them`);
  process.exit(1);
}
