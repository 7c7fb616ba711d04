import { type Browser, browser } from 'wxt/browser';
import { z } from 'zod';
import { MAX_BACKUP_BYTES } from '@/lib/backup/backup-limits';
import { dashboardQuerySchema } from '@/lib/dashboard/dashboard-query';
import { SHORTLIST_STATUSES } from '@/lib/shortlist/shortlist-status';
import { observationSchema, readProblemSchema } from '@/lib/signals/vocabulary';
import { listIdSchema, suppressionListSchema } from '@/lib/suppression/list-schema';
import { CHANNEL, type Handlers, type MessageName } from './messaging';

/**
 * The one message protocol. Every message is `{ channel, name, payload }`; the receiver
 * parses the payload with the message's zod schema before acting, and checks who sent it:
 * page-reading messages must come from a content script in a tab, questions about data from
 * an extension page. Anything else is dropped with a logged reason.
 */
type SenderKind = 'content-script' | 'extension-page';

export const PROTOCOL = {
  /** A content script read a company page. */
  observe: { from: 'content-script', input: z.object({ observation: observationSchema }) },
  /** A content script's tab no longer shows a company. */
  clearTab: { from: 'content-script', input: z.object({}) },
  /** A content script's page is of a kind we read, but nothing could be read from it. */
  unreadable: { from: 'content-script', input: z.object({ report: readProblemSchema }) },
  /** A website's content script, as it starts: the fingerprints, built-in and the team's. */
  getFingerprints: { from: 'content-script', input: z.object({}) },
  /**
   * A website's content script, once the page has loaded: which of the fingerprints' globals the
   * page defines (its own world, which a content script cannot see).
   */
  probeGlobals: { from: 'content-script', input: z.object({}) },
  /** After settling, a page still lacks key fields: keep it for the diagnostics list. */
  readProblem: { from: 'content-script', input: z.object({ report: readProblemSchema }) },
  /** The popup asks for the fit of the company in a tab. */
  getTabFit: { from: 'extension-page', input: z.object({ tabId: z.number().int().nonnegative() }) },
  /** The options page asks for the active ICP. */
  getActiveIcp: { from: 'extension-page', input: z.object({}) },
  /** The options page imports an ICP file's text. */
  importIcp: { from: 'extension-page', input: z.object({ text: z.string().max(5_000_000) }) },
  /** The options page imports, or clears, a Wappalyzer-format fingerprint file. */
  importFingerprints: { from: 'extension-page', input: z.object({ text: z.string().max(20_000_000) }) },
  clearFingerprints: { from: 'extension-page', input: z.object({}) },
  /** The options page sets (or clears, with '') the team ICP URL, and asks for a sync now. */
  setTeamIcpUrl: { from: 'extension-page', input: z.object({ url: z.string().max(2000) }) },
  getTeamIcpSync: { from: 'extension-page', input: z.object({}) },
  /** The popup opened on a website: read it now (the click granted activeTab). */
  readTab: { from: 'extension-page', input: z.object({ tabId: z.number().int().nonnegative() }) },
  /** The options page changed the all-sites permission: start or stop reading websites automatically. */
  syncWebsiteReading: { from: 'extension-page', input: z.object({}) },
  /** The options page lists, or clears, the pages that could not be read. */
  listReadProblems: { from: 'extension-page', input: z.object({}) },
  clearReadProblems: { from: 'extension-page', input: z.object({}) },
  /** The ICP editor: the stored ICPs, save a new version, choose the primary, delete, preview a draft. */
  listIcps: { from: 'extension-page', input: z.object({}) },
  saveIcp: {
    from: 'extension-page',
    // The stored version the draft was started from (0 for a new ICP): a newer one is not overwritten.
    input: z.object({ icp: z.unknown(), baseVersion: z.number().int().nonnegative().optional() }),
  },
  setPrimaryIcp: { from: 'extension-page', input: z.object({ id: z.string().max(200) }) },
  deleteIcp: { from: 'extension-page', input: z.object({ id: z.string().max(200) }) },
  previewIcp: { from: 'extension-page', input: z.object({ draft: z.unknown() }) },
  /** How far re-scoring the stored accounts after a change has come. */
  getRescoreProgress: { from: 'extension-page', input: z.object({}) },
  /** The popup and the dashboard keep accounts on the shortlist, with a status and a note. */
  shortlist: {
    from: 'extension-page',
    input: z.object({
      accountId: z.string().max(500),
      status: z.enum(SHORTLIST_STATUSES).optional(),
      note: z.string().max(10_000).optional(),
    }),
  },
  unshortlist: {
    from: 'extension-page',
    input: z.object({ accountIds: z.array(z.string().max(500)).max(100_000) }),
  },
  setShortlistStatus: {
    from: 'extension-page',
    input: z.object({
      accountIds: z.array(z.string().max(500)).max(100_000),
      status: z.enum(SHORTLIST_STATUSES),
    }),
  },
  /** The dashboard: a window of the accounts, filtered and sorted; one account's whole fit. */
  queryDashboard: { from: 'extension-page', input: z.object({ query: dashboardQuerySchema }) },
  getAccountFit: { from: 'extension-page', input: z.object({ accountId: z.string().max(500) }) },
  /** The dashboard's export: the rows to write, with their full fit. */
  exportRows: {
    from: 'extension-page',
    input: z.object({ accountIds: z.array(z.string().max(500)).max(100_000) }),
  },
  /** The options page downloads a backup of the whole database, or restores one (replacing every backed-up table). */
  createBackup: { from: 'extension-page', input: z.object({}) },
  restoreBackup: { from: 'extension-page', input: z.object({ transferId: z.uuid() }) },
  /** A large text in parts (lib/transfer-client.ts): Chrome refuses messages over 64 MiB. */
  writeTransfer: {
    from: 'extension-page',
    input: z.object({ transferId: z.uuid().optional(), part: z.string().max(8_000_000) }),
  },
  readTransfer: {
    from: 'extension-page',
    input: z.object({ transferId: z.uuid(), offset: z.number().int().nonnegative().max(MAX_BACKUP_BYTES) }),
  },
  getRestoreProgress: { from: 'extension-page', input: z.object({}) },
  /** The options page stores a suppression list it read from a CSV (lib/suppression), lists or deletes them. */
  importSuppressionList: { from: 'extension-page', input: z.object({ list: suppressionListSchema }) },
  listSuppressionLists: { from: 'extension-page', input: z.object({}) },
  deleteSuppressionList: { from: 'extension-page', input: z.object({ id: listIdSchema }) },
} as const satisfies Record<string, { from: SenderKind; input: z.ZodType }>;

const envelopeSchema = z.object({
  channel: z.literal(CHANNEL),
  name: z.enum(Object.keys(PROTOCOL) as [MessageName, ...MessageName[]]),
  payload: z.unknown(),
});

export type Rejection = { reason: string };

/** Parses a raw message and checks its sender; returns the handler call or why it was refused. */
export function routeMessage(
  handlers: Handlers,
  raw: unknown,
  sender: Browser.runtime.MessageSender,
  extensionOrigin: string,
  extensionId: string,
): { run: () => Promise<unknown> } | Rejection {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return { reason: 'not a Fitcheck message' };
  const { name } = envelope.data;
  if (sender.id !== extensionId) return { reason: `${name}: sent by another extension or a web page` };
  const kind = senderKind(sender, extensionOrigin);
  if (kind !== PROTOCOL[name].from)
    return { reason: `${name}: not accepted from a ${kind ?? 'unknown sender'}` };
  const payload = PROTOCOL[name].input.safeParse(envelope.data.payload);
  if (!payload.success) return { reason: `${name}: malformed payload: ${payload.error.issues[0]?.message}` };
  const handler = handlers[name] as (
    input: unknown,
    sender: Browser.runtime.MessageSender,
  ) => Promise<unknown>;
  return { run: () => handler(payload.data, sender) };
}

function senderKind(sender: Browser.runtime.MessageSender, extensionOrigin: string): SenderKind | undefined {
  if (sender.url?.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab?.id !== undefined) return 'content-script';
  return undefined;
}

/** Registers the background's handlers; refused messages are logged and get no answer. */
export function listenForMessages(handlers: Handlers): void {
  const extensionOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const routed = routeMessage(handlers, raw, sender, extensionOrigin, browser.runtime.id);
    if ('reason' in routed) {
      console.warn(`Fitcheck ignored a message: ${routed.reason}`);
      return undefined;
    }
    return routed.run();
  });
}
