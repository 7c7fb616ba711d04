import { readFile, writeFile } from 'node:fs/promises';
import { runCli } from '../lib/analysis/cli/run-cli';

/** `npm run icp -- analyze export.csv` / `npm run icp -- backtest export.csv --icp icp.json`. */
process.exitCode = await runCli(process.argv.slice(2), {
  readText: (path) => readFile(path, 'utf8'),
  writeText: (path, text) => writeFile(path, text, 'utf8'),
  print: (text) => console.log(text),
  printError: (text) => console.error(text),
  now: new Date(),
});
