import { registrableDomain } from '@/lib/signals/domain';
import { seniorityFromTitle } from '@/lib/signals/seniority';
import type { Observation, Signal } from '@/lib/signals/vocabulary';

/**
 * What the background adds to a page's read before storing it. Both steps need tables too big to
 * ship into every LinkedIn page a content script runs on (docs/performance.md): the public suffix
 * list, and the title patterns of eight languages.
 */
export function completeObservation(observation: Observation): Observation {
  const signals = withPersonSeniority(withRegistrableDomains(observation.signals));
  return signals === observation.signals ? observation : { ...observation, signals };
}

/**
 * Content scripts send a site's host as its domain ("careers.acme.co.uk"). Accounts are keyed by
 * the registrable domain ("acme.co.uk"); a host without one (an unknown suffix) is dropped, as
 * the page reader drops any value that does not fit its field.
 */
export function withRegistrableDomains(signals: Signal[]): Signal[] {
  if (!signals.some((signal) => signal.field === 'domain')) return signals;
  return signals.flatMap((signal): Signal[] => {
    if (signal.field !== 'domain') return [signal];
    const domain = registrableDomain(signal.value);
    return domain ? [{ ...signal, value: domain }] : [];
  });
}

/** A person's seniority, read from their title, with the title as its evidence. */
export function withPersonSeniority(signals: Signal[]): Signal[] {
  const title = signals.find((signal) => signal.field === 'personTitle');
  if (!title || signals.some((signal) => signal.field === 'seniority')) return signals;
  const seniority = seniorityFromTitle(String(title.value));
  return seniority
    ? [...signals, { field: 'seniority', value: seniority, evidence: title.evidence }]
    : signals;
}
