import { GENERIC_COLUMNS } from './columns';
import type { Column } from './export-row';
import { HUBSPOT_COLUMNS } from './hubspot-columns';
import { SALESFORCE_COLUMNS } from './salesforce-columns';

/** The column sets an export can use: the contract's names, or a CRM's import headers. */
export const PRESET_IDS = ['generic', 'hubspot', 'salesforce'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface Preset {
  id: PresetId;
  /** How the dashboard names the choice. */
  label: string;
  columns: readonly Column[];
}

export const PRESETS: Readonly<Record<PresetId, Preset>> = {
  generic: { id: 'generic', label: 'Spreadsheet (all fields)', columns: GENERIC_COLUMNS },
  hubspot: { id: 'hubspot', label: 'HubSpot company import', columns: HUBSPOT_COLUMNS },
  salesforce: { id: 'salesforce', label: 'Salesforce account import', columns: SALESFORCE_COLUMNS },
};

export function presetColumns(preset: PresetId): readonly Column[] {
  return PRESETS[preset].columns;
}
