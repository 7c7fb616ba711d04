import type { ValueMetric } from '../analysis-account';

/** What `npm run icp -- <command> …` was asked to do, or why it cannot be done. */
export type CliRequest =
  | { command: 'analyze'; file: string; metric: ValueMetric; out?: string }
  | { command: 'backtest'; file: string; metric: ValueMetric; icp: string; out?: string }
  | { command: 'help' }
  | { command: 'error'; message: string };

export const CLI_USAGE = `Usage:
  npm run icp -- analyze <export.csv> [--metric ltv|acv|revenue] [--out report.json]
  npm run icp -- backtest <export.csv> --icp <icp.json> [--metric ltv|acv|revenue] [--out report.json]

analyze   ranks customers by value and prints the attribute values over-represented among the
          best customers (lift of 1.5x or more) and among churned ones.
backtest  scores every account of the export with the ICP file and prints win rate, churn rate
          and average value per tier, for ICP against non-ICP accounts, and the criteria that do
          not separate winners from losers.
--metric  the value customers are ranked by (default ltv).
--out     also writes the full report as JSON to that file.`;

const METRICS: readonly ValueMetric[] = ['ltv', 'acv', 'revenue'];

/** Reads the command line after `npm run icp --`. */
export function parseCliArgs(args: readonly string[]): CliRequest {
  const [command, file, ...rest] = args;
  if (command === undefined || command === 'help' || command === '--help') return { command: 'help' };
  if (command !== 'analyze' && command !== 'backtest') {
    return { command: 'error', message: `unknown command "${command}": use analyze or backtest` };
  }
  if (!file || file.startsWith('--'))
    return { command: 'error', message: `${command} needs the CSV file to read` };
  const options = readOptions(rest);
  if ('message' in options) return { command: 'error', message: options.message };
  const metric = options.metric ?? 'ltv';
  if (!METRICS.includes(metric as ValueMetric)) {
    return { command: 'error', message: `--metric must be one of ${METRICS.join(', ')} (got "${metric}")` };
  }
  const base = { file, metric: metric as ValueMetric, ...(options.out ? { out: options.out } : {}) };
  if (command === 'analyze') return { command, ...base };
  if (!options.icp) return { command: 'error', message: 'backtest needs --icp <icp.json>' };
  return { command, ...base, icp: options.icp };
}

function readOptions(args: readonly string[]): Record<string, string> | { message: string } {
  const options: Record<string, string> = {};
  for (let index = 0; index < args.length; index += 2) {
    const name = args[index];
    const value = args[index + 1];
    if (!name?.startsWith('--') || !['--metric', '--out', '--icp'].includes(name)) {
      return { message: `unknown option "${name}"` };
    }
    if (value === undefined || value.startsWith('--')) return { message: `${name} needs a value` };
    options[name.slice(2)] = value;
  }
  return options;
}
