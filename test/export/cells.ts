import type { ExportRow } from '@/lib/export/export-row';
import { type PresetId, presetColumns } from '@/lib/export/presets';

/** A row's cells by header, before neutralizing: what each column makes of the row. */
export function cellsOf(row: ExportRow, preset: PresetId): Record<string, string> {
  return Object.fromEntries(presetColumns(preset).map((column) => [column.header, column.value(row)]));
}

export function headersOf(preset: PresetId): string[] {
  return presetColumns(preset).map((column) => column.header);
}
