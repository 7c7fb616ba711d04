import type { Outcome } from '@/lib/analysis/analysis-account';

export interface ReadOutcomeOptions {
  /**
   * The column is a yes/no flag such as "Churned": yes (y, true, 1, x) reads as churned and no
   * (n, false, 0) as a customer, since only a won account can churn. Outcome words still read.
   */
  churnFlag?: boolean;
}

const phrases = (text: string) => text.split(', ');

/**
 * Outcome words, as outcomeKey writes them (lowercase, punctuation as spaces):
 * - HubSpot lifecycle stages, by label and by internal value ("marketingqualifiedlead"); "Other"
 *   (partners, vendors) is deliberately absent: it says nothing about a sale.
 * - Salesforce account Type ("Customer - Direct", "Former Customer", "Prospect"); partner,
 *   competitor, investor and press types are absent for the same reason.
 * - Opportunity and HubSpot deal stages: Closed Won, Closed Lost, and the default open stages.
 * - Plain words a "Status" column holds.
 * Text in none of these is no outcome: the row is skipped and the message shows the text.
 */
const OUTCOME_WORDS: Readonly<Record<Outcome, readonly string[]>> = {
  customer: [
    ...phrases('customer, customers, evangelist, customer direct, customer channel, current customer'),
    ...phrases('existing customer, active customer, paying customer, closed won, closedwon, won, active'),
    ...phrases('paying, renewed'),
  ],
  churned: phrases(
    'former customer, churned, churn, churned customer, ex customer, lost customer, cancelled, canceled, ' +
      'terminated',
  ),
  lost: phrases('closed lost, closedlost, lost, closed lost lost'),
  open: [
    ...phrases(
      'subscriber, lead, marketing qualified lead, marketingqualifiedlead, mql, sales qualified lead',
    ),
    ...phrases('salesqualifiedlead, sql, opportunity, prospect, open, pipeline, in progress, trial'),
    // Salesforce's default opportunity stages.
    ...phrases('prospecting, qualification, needs analysis, value proposition, id decision makers'),
    ...phrases('perception analysis, proposal price quote, negotiation review'),
    // HubSpot's default deal stages, by label and internal value.
    ...phrases('appointment scheduled, appointmentscheduled, qualified to buy, qualifiedtobuy'),
    ...phrases('presentation scheduled, presentationscheduled, decision maker bought in'),
    ...phrases('decisionmakerboughtin, contract sent, contractsent'),
  ],
};

// A Map, not an object: a cell reading "constructor" must not find Object's own property.
const FLAG_WORDS: ReadonlyMap<string, Outcome> = new Map([
  ...phrases('yes, y, true, 1, x').map((word) => [word, 'churned'] as const),
  ...phrases('no, n, false, 0').map((word) => [word, 'customer'] as const),
]);

const OUTCOME_BY_WORD: ReadonlyMap<string, Outcome> = new Map(
  Object.entries(OUTCOME_WORDS).flatMap(([outcome, words]) =>
    words.map((word) => [word, outcome as Outcome]),
  ),
);

/** Longer than any stage name; past this the cell is a note, not an outcome. */
const MAX_OUTCOME_LENGTH = 80;

/** "Closed - Won", "closed_won" and "CLOSED WON" all become "closed won". */
function outcomeKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The outcome a CRM cell states (table above), or undefined when it states none Fitcheck knows. */
export function readOutcome(text: string, options: ReadOutcomeOptions = {}): Outcome | undefined {
  try {
    if (typeof text !== 'string' || text.length > MAX_OUTCOME_LENGTH) return undefined;
    const key = outcomeKey(text);
    const flagged = options.churnFlag ? FLAG_WORDS.get(key) : undefined;
    return flagged ?? OUTCOME_BY_WORD.get(key);
  } catch {
    return undefined;
  }
}
