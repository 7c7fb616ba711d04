import { browser } from 'wxt/browser';
import { clearBadge } from '@/lib/background/badge';
import { createHandlers, runTeamIcpSync } from '@/lib/background/handlers';
import { scheduleTeamIcpSync } from '@/lib/background/team-icp';
import { rescoreIfStale } from '@/lib/background/rescore-job';
import { ADD_TO_SHORTLIST_COMMAND, shortlistActiveTab } from '@/lib/background/shortlist-command';
import { forgetTab } from '@/lib/background/tab-state';
import { syncWebsiteReading } from '@/lib/background/website-reading';
import { getDb } from '@/lib/db';
import { listenForMessages } from '@/lib/message-protocol';

export default defineBackground(() => {
  listenForMessages(createHandlers(getDb()));
  // The team's ICP file: synced at start, then checked hourly and fetched once a day.
  const now = () => new Date();
  void runTeamIcpSync(getDb(), now);
  scheduleTeamIcpSync(() => void runTeamIcpSync(getDb(), now));
  // Stored fits feed lists and the dashboard: finish a re-scoring the worker stopped in the middle of.
  void rescoreIfStale(getDb(), now);
  // Read websites automatically exactly while the user grants the all-sites permission.
  void syncWebsiteReading();
  browser.permissions.onAdded.addListener(() => void syncWebsiteReading());
  browser.permissions.onRemoved.addListener(() => void syncWebsiteReading());
  browser.commands.onCommand.addListener((command) => {
    if (command === ADD_TO_SHORTLIST_COMMAND) void shortlistActiveTab(getDb(), now());
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // A new document in the tab: forget the company it showed until its content script reads
  // the new page (it may not be a page we read at all).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetTab(tabId).then(() => clearBadge(tabId));
  });
});
