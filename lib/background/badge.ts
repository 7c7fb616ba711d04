import { browser } from 'wxt/browser';
import type { Fit } from '@/lib/scoring/fit';

/** MV2 Firefox has browserAction where MV3 has action; the polyfill does not alias them. */
function toolbarAction() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/** The tier's short label in its colour; `DQ` when a disqualifier hit. */
export async function showFitBadge(tabId: number, companyName: string | undefined, fit: Fit): Promise<void> {
  const action = toolbarAction();
  await action.setBadgeText({ tabId, text: fit.tier.badge });
  await action.setBadgeBackgroundColor({ tabId, color: fit.tier.color });
  const title = `Fitcheck: ${companyName ?? 'this company'}: ${fit.tier.label} (${fit.score}/100)`;
  await action.setTitle({ tabId, title });
}

export async function clearBadge(tabId: number): Promise<void> {
  const action = toolbarAction();
  await action.setBadgeText({ tabId, text: '' });
  await action.setTitle({ tabId, title: 'Fitcheck' });
}
