import type { Icp } from '@/lib/icp/schema';
import { CrmAnalysis } from './CrmAnalysis';
import { CrmMapping } from './CrmMapping';
import { describeProgress, useCrmImport } from './use-crm-import';

interface IcpFromDataProps {
  /** The page opens the draft in the ICP editor, unsaved. */
  onDraft(icp: Icp): void;
  /** Injected by tests; the draft's date and the backtest's "now" otherwise come from the clock. */
  now?: Date;
}

/**
 * "ICP from your CRM data": the team's CRM export, read in this page, shows which values the best
 * customers and the churned ones share; the chosen ones become a draft ICP, and any ICP can be
 * backtested on the same accounts.
 */
export function IcpFromData({ onDraft, now }: IcpFromDataProps) {
  const crm = useCrmImport();
  return (
    <section class="crm">
      <h2>ICP from your CRM data</h2>
      <p class="muted">
        Export your companies or deals from HubSpot or Salesforce with their stage (customer, churned, lost,
        open) and a value such as lifetime value. Fitcheck reads the file here, in this page, shows what your
        best customers and your churned ones have in common, and drafts an ICP from the values you choose.
        Nothing of the file is stored.
      </p>
      <label>
        CRM export (CSV):{' '}
        <input
          type="file"
          accept=".csv,text/csv"
          data-testid="crm-import"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void crm.pick(file).catch((problem: unknown) => crm.reportFailure(file.name, problem));
            // Picking the same file again, after fixing it, must read it again.
            event.currentTarget.value = '';
          }}
        />
      </label>
      {crm.picked && (
        <CrmMapping
          fileName={crm.picked.file.name}
          headers={crm.picked.headers}
          mapping={crm.mapping}
          metric={crm.metric}
          busy={crm.progress !== undefined}
          onRole={crm.setRole}
          onMetric={crm.setMetric}
          onAnalyze={() => {
            const name = crm.picked?.file.name ?? 'the file';
            void crm.analyze().catch((problem: unknown) => crm.reportFailure(name, problem));
          }}
        />
      )}
      {crm.progress && (
        <p class="crm-progress" data-testid="crm-progress" role="status">
          <progress max={100} value={crm.progress.percent} /> {describeProgress(crm.progress)}
        </p>
      )}
      {crm.error && (
        <p class="import-error" role="alert" data-testid="crm-error">
          {crm.error}
        </p>
      )}
      {crm.imported && (
        <CrmAnalysis key={crm.imported.serial} imported={crm.imported} now={now} onDraft={onDraft} />
      )}
    </section>
  );
}
