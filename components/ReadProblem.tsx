import { FIELD_LABELS } from '@/lib/signals/field-labels';
import type { SignalField } from '@/lib/signals/vocabulary';

const PAGE_NAMES: Record<string, string> = {
  'linkedin-company': "LinkedIn's company page",
  'linkedin-profile': "LinkedIn's profile page",
  'crunchbase-organization': "Crunchbase's page",
  'company-website': 'This website',
};

/**
 * Said plainly when LinkedIn's page could not be read, or only in part: a score from half a
 * page must not pass for a whole one.
 */
export function ReadProblem({
  pageKind,
  missing,
  partial,
}: {
  pageKind: string;
  missing: readonly SignalField[];
  partial: boolean;
}) {
  const page = PAGE_NAMES[pageKind] ?? 'This page';
  const fields = missing.map((field) => FIELD_LABELS[field].toLowerCase()).join(', ');
  return (
    <section class="read-problem" data-testid="read-problem" data-missing={missing.join(' ')} role="status">
      <strong>{partial ? `${page} could only be read in part.` : `${page} could not be read.`}</strong>{' '}
      {partial
        ? `Missing: ${fields}. The fit below is scored without them, so treat it as incomplete.`
        : `Fitcheck found none of: ${fields}. The site may have changed its page.`}{' '}
      It is listed under Diagnostics on the options page, where you can copy it to report it.
    </section>
  );
}
