import { analyzeLift } from '../lift';
import { backtestIcp } from '../backtest';
import { formatBacktestReport, formatLiftReport } from '../format-report';
import { importCrmExport } from '../import/stream-import';
import { parseIcpText } from '@/lib/icp/parse-icp-file';
import { CLI_USAGE, parseCliArgs } from './cli-args';

/** What the command line touches, passed in so tests run it without files or a terminal. */
export interface CliWorld {
  readText(path: string): Promise<string>;
  writeText(path: string, text: string): Promise<void>;
  print(text: string): void;
  printError(text: string): void;
  now: Date;
}

/**
 * `npm run icp -- analyze|backtest …`: the same import, analysis and backtest code as the options
 * page, printing tables and optionally writing the report as JSON. Returns the exit code.
 */
export async function runCli(args: readonly string[], world: CliWorld): Promise<number> {
  const request = parseCliArgs(args);
  if (request.command === 'help') return print(world, CLI_USAGE, 0);
  if (request.command === 'error') return fail(world, `${request.message}\n\n${CLI_USAGE}`);
  const text = await world.readText(request.file).catch((error: unknown) => error);
  if (typeof text !== 'string') return fail(world, `cannot read ${request.file}: ${String(text)}`);
  const imported = await importCrmExport(text, { metric: request.metric });
  if (!imported.ok) return fail(world, `${request.file}: ${imported.error}`);
  world.print(
    `${request.file}: ${imported.accounts.length} accounts read, ${imported.skipped.length} rows skipped.`,
  );
  for (const problem of imported.problems) {
    const example = problem.examples[0];
    world.print(
      `  ${problem.column}: ${problem.unreadable} values could not be read${example ? `, e.g. line ${example.line}: "${example.text}"` : ''}`,
    );
  }
  if (request.command === 'analyze') {
    const report = analyzeLift(imported.accounts);
    world.print(formatLiftReport(report));
    return writeReport(world, request.out, report);
  }
  const icpText = await world.readText(request.icp).catch((error: unknown) => error);
  if (typeof icpText !== 'string') return fail(world, `cannot read ${request.icp}: ${String(icpText)}`);
  const icp = parseIcpText(icpText);
  if (!icp.ok)
    return fail(world, `${request.icp}:\n${icp.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`);
  const report = backtestIcp(imported.accounts, icp.icp, world.now);
  world.print(formatBacktestReport(report));
  return writeReport(world, request.out, report);
}

async function writeReport(world: CliWorld, out: string | undefined, report: unknown): Promise<number> {
  if (!out) return 0;
  await world.writeText(out, `${JSON.stringify(report, null, 2)}\n`);
  world.print(`Report written to ${out}`);
  return 0;
}

function print(world: CliWorld, text: string, code: number): number {
  world.print(text);
  return code;
}

function fail(world: CliWorld, message: string): number {
  world.printError(`icp: ${message}`);
  return 2;
}
