import { useEffect, useMemo, useState } from 'preact/hooks';
import { countryChoices, type ValueChoices } from '@/components/icp-editor/value-choices';
import { sendMessage } from '@/lib/messaging';
import { LINKEDIN_INDUSTRIES } from '@/lib/signals/linkedin-industries';
import { loadFingerprints } from '@/lib/technologies/built-in-fingerprints';

/**
 * What the value pickers offer: LinkedIn's industry names, the tools Fitcheck can detect, the
 * countries, and the suppression lists imported so far (refreshed when `listsVersion` changes).
 */
export function useValueChoices(listsVersion: number): ValueChoices {
  const fixed = useMemo(
    () => ({
      industries: LINKEDIN_INDUSTRIES,
      technologies: [...new Set(loadFingerprints().map((tool) => tool.name))].sort((a, b) =>
        a.localeCompare(b),
      ),
      countries: countryChoices(),
    }),
    [],
  );
  const [lists, setLists] = useState<ValueChoices['lists']>([]);
  useEffect(() => {
    void sendMessage('listSuppressionLists', {})
      .then((summaries) =>
        setLists(
          summaries.map((list) => ({
            id: list.id,
            label: list.label,
            count: list.domainCount + list.linkedinCount,
          })),
        ),
      )
      .catch(() => setLists([]));
  }, [listsVersion]);
  return useMemo(() => ({ ...fixed, lists }), [fixed, lists]);
}
