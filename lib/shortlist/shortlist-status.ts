/** Where an SDR is with an account they kept for outreach. Kept apart from db.ts so pages need no Dexie. */
export const SHORTLIST_STATUSES = ['new', 'researching', 'contacted', 'not_a_fit'] as const;
export type ShortlistStatus = (typeof SHORTLIST_STATUSES)[number];

export const SHORTLIST_STATUS_LABELS: Record<ShortlistStatus, string> = {
  new: 'New',
  researching: 'Researching',
  contacted: 'Contacted',
  not_a_fit: 'Not a fit',
};
