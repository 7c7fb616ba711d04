import { useState } from 'preact/hooks';
import type { SelectedSignal } from '@/lib/analysis/chosen-signals';
import { draftIcpFromSignals } from '@/lib/analysis/draft-icp';
import type { LiftReport } from '@/lib/analysis/lift-report';
import { parseIcpValue } from '@/lib/icp/parse-icp-file';
import type { Icp } from '@/lib/icp/schema';
import { saveAsFile } from '@/lib/download-file';

interface DraftPanelProps {
  report: LiftReport;
  selected: readonly SelectedSignal[];
  /** YYYY-MM-DD: the draft's review date and the default name's date. */
  today: string;
  /** The user asked to open the draft in the ICP editor. */
  onOpen(icp: Icp): void;
  /** A draft was made (opened or downloaded), so it can be backtested. */
  onMade(icp: Icp): void;
}

/** Turns the chosen signals into an ICP: opened in the editor to review and save, or saved as a file. */
export function DraftPanel({ report, selected, today, onOpen, onMade }: DraftPanelProps) {
  const defaultName = `ICP from CRM data ${today}`;
  const [name, setName] = useState(defaultName);
  const [error, setError] = useState<string>();
  const positive = selected.filter((signal) => signal.kind === 'positive').length;
  const negative = selected.length - positive;

  const make = (): Icp | undefined => {
    try {
      const icp = draftIcpFromSignals(selected, report, { name: name.trim() || defaultName, today });
      // Checked as an imported file would be, so the editor never opens a draft it cannot save.
      const parsed = parseIcpValue(icp);
      if (!parsed.ok) {
        const [first] = parsed.errors;
        throw new Error(first ? `${first.path}: ${first.message}` : 'the draft is not a valid ICP');
      }
      setError(undefined);
      onMade(parsed.icp);
      return parsed.icp;
    } catch (problem) {
      setError(
        `The draft could not be made: ${problem instanceof Error ? problem.message : String(problem)}`,
      );
      return undefined;
    }
  };
  const download = (icp: Icp) =>
    saveAsFile(`${JSON.stringify(icp, null, 2)}\n`, `${icp.id}-v${icp.version}.icp.json`, 'application/json');

  return (
    <div class="crm-draft">
      <h3>Draft an ICP from the checked values</h3>
      <p class="muted" data-testid="crm-draft-choice">
        {positive} {positive === 1 ? 'value becomes a criterion' : 'values become criteria'}, {negative}{' '}
        {negative === 1 ? 'a disqualifier' : 'disqualifiers'}. Weights follow the lift; review them in the
        editor before you save.
      </p>
      <label>
        Name{' '}
        <input
          type="text"
          data-testid="crm-draft-name"
          value={name}
          onInput={(event) => setName(event.currentTarget.value)}
        />
      </label>{' '}
      <button
        type="button"
        data-testid="crm-draft"
        onClick={() => {
          const icp = make();
          if (icp) onOpen(icp);
        }}
      >
        Open as a draft ICP
      </button>{' '}
      <button
        type="button"
        data-testid="crm-draft-download"
        onClick={() => {
          const icp = make();
          if (icp) download(icp);
        }}
      >
        Download as ICP file
      </button>
      {error && (
        <p class="import-error" role="alert" data-testid="crm-draft-error">
          {error}
        </p>
      )}
    </div>
  );
}
