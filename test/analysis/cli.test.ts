import { describe, expect, it } from 'vitest';
import { runCli } from '@/lib/analysis/cli/run-cli';
import { parseCliArgs } from '@/lib/analysis/cli/cli-args';
import { SAMPLE_ICP } from '@/lib/icp/sample-icp';
import { plantedExport } from './planted-export';

function world(files: Record<string, string>) {
  const out: string[] = [];
  const errors: string[] = [];
  const written: Record<string, string> = {};
  return {
    out,
    errors,
    written,
    readText: async (path: string) => {
      const text = files[path];
      if (text === undefined) throw new Error('ENOENT: no such file');
      return text;
    },
    writeText: async (path: string, text: string) => {
      written[path] = text;
    },
    print: (text: string) => out.push(text),
    printError: (text: string) => errors.push(text),
    now: new Date('2026-11-23T12:00:00Z'),
  };
}

describe('npm run icp -- analyze', () => {
  it('finds the planted signals in a HubSpot export and writes the report as JSON', async () => {
    const cli = world({ 'export.csv': plantedExport().csv });
    expect(await runCli(['analyze', 'export.csv', '--out', 'report.json'], cli)).toBe(0);
    const text = cli.out.join('\n');
    expect(text).toMatch(/360 accounts read, 3 rows skipped/);
    expect(text).toMatch(/Annual Revenue: 9 values could not be read, e\.g\. line \d+: "ask finance"/);
    const report = JSON.parse(cli.written['report.json'] ?? '{}') as {
      rows: { value: string; positive: boolean; negative: boolean }[];
    };
    const positive = report.rows.filter((row) => row.positive).map((row) => row.value);
    const negative = report.rows.filter((row) => row.negative).map((row) => row.value);
    expect(positive.sort()).toEqual(['201-500', 'Financial Services']);
    expect(negative).toEqual(['Retail']);
  });
});

describe('npm run icp -- backtest', () => {
  it('scores the export with an ICP file and prints the tiers and the verdict', async () => {
    const cli = world({ 'export.csv': plantedExport().csv, 'icp.json': JSON.stringify(SAMPLE_ICP) });
    expect(await runCli(['backtest', 'export.csv', '--icp', 'icp.json'], cli)).toBe(0);
    const text = cli.out.join('\n');
    expect(text).toMatch(/Strong fit/);
    expect(text).toMatch(/Disqualified/);
    expect(text).toMatch(/ICP accounts/);
  });

  it('says what is wrong with a bad ICP file and exits with 2', async () => {
    const cli = world({ 'export.csv': plantedExport().csv, 'icp.json': '{"format": "fitcheck-icp"' });
    expect(await runCli(['backtest', 'export.csv', '--icp', 'icp.json'], cli)).toBe(2);
    expect(cli.errors.join('\n')).toMatch(/icp\.json:\n {2}\(file\): not valid JSON/);
  });
});

describe('the command line', () => {
  it.each([
    [['analyze'], 'analyze needs the CSV file to read'],
    [['merge', 'a.csv'], 'unknown command "merge": use analyze or backtest'],
    [['backtest', 'a.csv'], 'backtest needs --icp <icp.json>'],
    [['analyze', 'a.csv', '--metric', 'arr'], '--metric must be one of ltv, acv, revenue (got "arr")'],
    [['analyze', 'a.csv', '--out'], '--out needs a value'],
  ])('%j -> %s', (args, message) => {
    expect(parseCliArgs(args)).toEqual({ command: 'error', message });
  });

  it('says which file it cannot read', async () => {
    const cli = world({});
    expect(await runCli(['analyze', 'missing.csv'], cli)).toBe(2);
    expect(cli.errors[0]).toMatch(/^icp: cannot read missing\.csv: .*ENOENT/);
  });

  it('refuses a file that is not a CRM export with the import message', async () => {
    const cli = world({ 'x.csv': 'a;b;c\n1;2;3\n' });
    expect(await runCli(['analyze', 'x.csv'], cli)).toBe(2);
    expect(cli.errors[0]).toMatch(/^icp: x\.csv: /);
  });
});
