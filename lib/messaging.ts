import { browser, type Browser } from 'wxt/browser';
import type { z } from 'zod';
import type { Account } from '@/lib/accounts/account';
import type { RescoreProgress } from '@/lib/background/rescore-job';
import type { IcpLibrary, LibraryChange } from '@/lib/icp/icp-library';
import type { IcpIssue, IcpParseResult } from '@/lib/icp/parse-icp-file';
import type { IcpPreview } from '@/lib/scoring/preview';
import type { Icp } from '@/lib/icp/schema';
import type { CompanyFit } from '@/lib/scoring/company-fit';
import type { ExportRow } from '@/lib/export/export-row';
import type { RestoreProgress, RestoreResult } from '@/lib/backup/backup-limits';
import type { ReadProblem, ShortlistEntry } from '@/lib/db';
import type { DashboardPage } from '@/lib/dashboard/dashboard-query';
import type { TeamSyncStatus } from '@/lib/icp/team-sync';
import type { PersonaFit } from '@/lib/scoring/persona-fit';
import type { FingerprintImportResult } from '@/lib/technologies/custom-fingerprints';
import type { TechnologyFingerprint } from '@/lib/technologies/fingerprint-schema';
import type { SignalField } from '@/lib/signals/field-rules';
import type { SuppressionListSummary } from '@/lib/suppression/list-store';
import type { PROTOCOL } from './message-protocol';

export type { CompanyFit } from '@/lib/scoring/company-fit';

/**
 * The sending side of the one message protocol (lib/message-protocol.ts holds the zod schemas
 * the background parses with). Only types come from there, so the content scripts and the
 * popup, which send, do not carry zod (docs/performance.md).
 */
export const CHANNEL = 'fitcheck/v1';

export type MessageName = keyof typeof PROTOCOL;
export type MessageInput<N extends MessageName> = z.infer<(typeof PROTOCOL)[N]['input']>;

export interface TeamIcpSyncView {
  url?: string;
  status?: TeamSyncStatus;
  /** "Synced 3 hours ago, version 4", or why the last sync failed. */
  summary: string;
}

/** What the popup shows for a tab. `missing` lists key fields the page did not give. */
export type TabFit =
  | { state: 'none' }
  | { state: 'unreadable'; pageKind: string; missing: SignalField[] }
  | ({ state: 'company'; pageKind: string; missing: SignalField[]; shortlist?: ShortlistEntry } & CompanyFit)
  | {
      state: 'person';
      person: Account;
      personaFit: PersonaFit;
      missing: SignalField[];
      /** The person's company: its fit when Fitcheck has seen it, else where to open it. */
      company: CompanyFit | { linkedinUrl: string } | undefined;
    };

/** What each message answers. */
export interface MessageOutputs {
  observe: { accepted: boolean };
  clearTab: { cleared: true };
  getTabFit: TabFit;
  getActiveIcp: Icp;
  importIcp: IcpParseResult;
  unreadable: { recorded: true };
  getFingerprints: TechnologyFingerprint[];
  probeGlobals: string[];
  setTeamIcpUrl: TeamIcpSyncView;
  getTeamIcpSync: TeamIcpSyncView;
  importFingerprints: FingerprintImportResult;
  clearFingerprints: { cleared: true };
  readTab: { started: boolean };
  syncWebsiteReading: { automatic: boolean };
  readProblem: { recorded: true };
  listReadProblems: ReadProblem[];
  clearReadProblems: { cleared: true };
  listIcps: IcpLibrary;
  saveIcp: IcpParseResult;
  setPrimaryIcp: LibraryChange;
  deleteIcp: LibraryChange;
  previewIcp: { ok: true; preview: IcpPreview } | { ok: false; errors: IcpIssue[] };
  getRescoreProgress: RescoreProgress;
  shortlist: ShortlistEntry;
  unshortlist: { removed: number };
  setShortlistStatus: { updated: number };
  queryDashboard: DashboardPage;
  getAccountFit: (CompanyFit & { shortlist?: ShortlistEntry }) | undefined;
  exportRows: ExportRow[];
  createBackup: { fileName: string; transferId: string; length: number };
  writeTransfer: { transferId: string };
  readTransfer: { part: string; done: boolean };
  restoreBackup: RestoreResult;
  getRestoreProgress: RestoreProgress;
  importSuppressionList: { stored: true };
  listSuppressionLists: SuppressionListSummary[];
  deleteSuppressionList: { deleted: true };
}

export type Handlers = {
  [N in MessageName]: (
    input: MessageInput<N>,
    sender: Browser.runtime.MessageSender,
  ) => Promise<MessageOutputs[N]>;
};

export async function sendMessage<N extends MessageName>(
  name: N,
  payload: MessageInput<N>,
): Promise<MessageOutputs[N]> {
  return (await browser.runtime.sendMessage({ channel: CHANNEL, name, payload })) as MessageOutputs[N];
}
