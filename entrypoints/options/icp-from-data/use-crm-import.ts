import { useRef, useState } from 'preact/hooks';
import type { ValueMetric } from '@/lib/analysis/analysis-account';
import { type ColumnMapping, type ColumnRole, valueRoleOf } from '@/lib/analysis/import/column-roles';
import { importCrmExport, type ImportResult, readHeader } from '@/lib/analysis/import/stream-import';
import { analyzeLift } from '@/lib/analysis/lift';
import type { LiftReport } from '@/lib/analysis/lift-report';

export interface PickedExport {
  file: File;
  headers: string[];
}

export interface ImportProgress {
  rows: number;
  /** 0..100, by bytes of the file read. */
  percent: number;
}

/** A finished import and its lift report; `serial` changes with every import, so views start afresh. */
export type ImportedExport = Extract<ImportResult, { ok: true }> & {
  fileName: string;
  report: LiftReport;
  serial: number;
};

/** The metrics a value column is looked for, best first: what a customer paid beats the company's size. */
const METRIC_PREFERENCE: readonly ValueMetric[] = ['ltv', 'acv', 'revenue'];

/**
 * Reading a CRM export in two steps: the header (guessing the columns, for the user to confirm),
 * then every row. The file is read here in the page and nothing is stored; a failed step leaves no
 * result behind, only the message naming the file.
 */
export function useCrmImport() {
  const [picked, setPicked] = useState<PickedExport>();
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [metric, setMetric] = useState<ValueMetric>('ltv');
  const [progress, setProgress] = useState<ImportProgress>();
  const [imported, setImported] = useState<ImportedExport>();
  const [error, setError] = useState<string>();
  // Each pick or analysis is numbered; the answer of an older one is dropped, as the user moved on.
  const runs = useRef(0);

  const begin = () => {
    runs.current += 1;
    setImported(undefined);
    setError(undefined);
    setProgress(undefined);
    return runs.current;
  };
  const fail = (fileName: string, problem: string) =>
    setError(`${fileName}: ${problem}. Nothing was imported.`);

  const pick = async (file: File) => {
    const run = begin();
    setPicked(undefined);
    const preview = await readHeader(file);
    if (run !== runs.current) return;
    if (!preview.ok) return fail(file.name, preview.error);
    setPicked({ file, headers: preview.headers });
    setMapping(preview.mapping);
    setMetric(METRIC_PREFERENCE.find((candidate) => valueRoleOf(preview.mapping, candidate)) ?? 'ltv');
  };

  const analyze = async () => {
    if (!picked) return;
    const run = begin();
    const { file } = picked;
    setProgress({ rows: 0, percent: 0 });
    const onProgress = (rows: number, bytes: number, total: number) => {
      if (run !== runs.current) return;
      setProgress({ rows, percent: total > 0 ? Math.floor((bytes / total) * 100) : 0 });
    };
    const result = await importCrmExport(file, { metric, mapping, onProgress });
    if (run !== runs.current) return;
    setProgress(undefined);
    if (!result.ok) return fail(file.name, result.error);
    try {
      setImported({ ...result, fileName: file.name, report: analyzeLift(result.accounts), serial: run });
    } catch (problem) {
      fail(file.name, `the analysis failed (${String(problem)})`);
    }
  };

  const setRole = (role: ColumnRole, column: number | undefined) =>
    setMapping((current) => {
      const { [role]: _old, ...others } = current;
      return column === undefined ? others : { ...others, [role]: column };
    });

  const reportFailure = (fileName: string, problem: unknown) => fail(fileName, String(problem));

  return {
    picked,
    mapping,
    metric,
    progress,
    imported,
    error,
    pick,
    analyze,
    setRole,
    setMetric,
    reportFailure,
  };
}

/** "Read 12,400 rows (38%)". */
export function describeProgress({ rows, percent }: ImportProgress): string {
  return `Read ${rows.toLocaleString('en-US')} ${rows === 1 ? 'row' : 'rows'} (${percent}%)`;
}
