import { useState } from 'preact/hooks';
import { ImportSummary } from '@/components/analysis/ImportSummary';
import { preselectedSignals, withSignal } from '@/components/analysis/lift-selection';
import { LiftOverview } from '@/components/analysis/LiftOverview';
import { LiftTable } from '@/components/analysis/LiftTable';
import type { Icp } from '@/lib/icp/schema';
import { BacktestPanel } from './BacktestPanel';
import { DraftPanel } from './DraftPanel';
import type { ImportedExport } from './use-crm-import';

interface CrmAnalysisProps {
  imported: ImportedExport;
  now?: Date;
  onDraft(icp: Icp): void;
}

/** One imported export: what was read, the lift tables to choose signals from, the draft and the backtest. */
export function CrmAnalysis({ imported, now, onDraft }: CrmAnalysisProps) {
  const { report } = imported;
  const [selected, setSelected] = useState(() => preselectedSignals(report));
  const [draft, setDraft] = useState<Icp>();
  const today = (now ?? new Date()).toISOString().slice(0, 10);
  return (
    <div class="crm-analysis">
      <ImportSummary
        fileName={imported.fileName}
        rowsRead={imported.rowsRead}
        accounts={imported.accounts}
        skipped={imported.skipped}
        problems={imported.problems}
      />
      <h3>What your best and your churned customers have in common</h3>
      <LiftOverview report={report} />
      <LiftTable
        report={report}
        selected={selected}
        onToggle={(signal, checked) => setSelected((current) => withSignal(current, signal, checked))}
      />
      <DraftPanel report={report} selected={selected} today={today} onOpen={onDraft} onMade={setDraft} />
      <BacktestPanel accounts={imported.accounts} draft={draft} now={now} />
    </div>
  );
}
