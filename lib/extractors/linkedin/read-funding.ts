import { visibleText } from '@/lib/extractors/dom-text';
import type { SignalSink } from '@/lib/extractors/signal-sink';
import { normalizeFundingStage } from '@/lib/signals/funding-stage';
import { parseUsdAmount } from '@/lib/signals/money';

/**
 * The guest page's funding module (data from Crunchbase): the last round's type with a
 * `<time datetime>`, and its amount. Only read inside the module, so a post that mentions
 * "Series B" never counts.
 */
export function readFundingSignals(doc: Document, sink: SignalSink): void {
  const module = doc.querySelector('[data-test-id="funding"]');
  if (!module) return;
  const time = module.querySelector('time[datetime]');
  const round = time ? (time.closest('a, p, div, li') ?? time.parentElement) : undefined;
  if (time && round) {
    const roundText = visibleText(round);
    const stageText = roundText.replace(visibleText(time), '').trim();
    sink.add('fundingStage', normalizeFundingStage(stageText), roundText);
    sink.add('lastFundingDate', isoDateOf(time.getAttribute('datetime') ?? ''), roundText);
  }
  const amount = module.querySelector('.text-display-lg');
  const amountText = amount ? visibleText(amount) : '';
  sink.add('lastFundingAmountUsd', parseUsdAmount(amountText), amountText);
}

function isoDateOf(text: string): string | undefined {
  const match = /^(\d{4}-\d{2}(?:-\d{2})?)/.exec(text.trim());
  return match?.[1];
}
