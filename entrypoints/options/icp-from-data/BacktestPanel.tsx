import { useEffect, useState } from 'preact/hooks';
import { BacktestView } from '@/components/analysis/BacktestView';
import type { AnalysisAccount } from '@/lib/analysis/analysis-account';
import { backtestIcp, type BacktestReport } from '@/lib/analysis/backtest';
import type { Icp } from '@/lib/icp/schema';
import { sendMessage } from '@/lib/messaging';

interface BacktestPanelProps {
  accounts: readonly AnalysisAccount[];
  /** The draft made from this export, if any: offered first, unsaved as it is. */
  draft?: Icp;
  now?: Date;
}

interface Choice {
  value: string;
  label: string;
  icp: Icp;
}

const DRAFT = 'draft';

/** Scores the imported accounts with a stored ICP or the draft, to see whether its top tier wins more. */
export function BacktestPanel({ accounts, draft, now }: BacktestPanelProps) {
  const [stored, setStored] = useState<Choice[]>([]);
  const [loadProblem, setLoadProblem] = useState<string>();
  const [picked, setPicked] = useState('');
  const [result, setResult] = useState<{ label: string; report: BacktestReport }>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    sendMessage('listIcps', {})
      .then((library) => {
        // An ICP that no longer parses cannot score anything; the editor lists it with its problem.
        const readable = library.entries.flatMap((entry) => (entry.ok ? [entry.icp] : []));
        setStored(readable.map((icp) => storedChoice(icp, icp.id === library.primaryId)));
      })
      .catch((problem: unknown) =>
        setLoadProblem(`The stored ICPs could not be loaded (${String(problem)}).`),
      );
  }, []);
  // A new draft is what the user most likely wants to test next.
  useEffect(() => void (draft && setPicked(DRAFT)), [draft]);

  const choices = [
    ...(draft ? [{ value: DRAFT, label: `Draft: ${draft.name} (not saved)`, icp: draft }] : []),
    ...stored,
  ];
  const chosen = choices.find((choice) => choice.value === picked) ?? choices[0];
  const run = () => {
    if (!chosen) return;
    try {
      setResult({ label: chosen.label, report: backtestIcp(accounts, chosen.icp, now ?? new Date()) });
      setError(undefined);
    } catch (problem) {
      setResult(undefined);
      setError(
        `The backtest of ${chosen.label} failed: ${problem instanceof Error ? problem.message : String(problem)}`,
      );
    }
  };

  return (
    <div class="bt-panel">
      <h3>Backtest an ICP on this export</h3>
      <p class="muted">
        Scores every account of the file as the extension would, then compares the outcomes: do the accounts
        the ICP ranks highest win more often?
      </p>
      {loadProblem && <p class="import-error">{loadProblem}</p>}
      <label>
        ICP{' '}
        <select
          data-testid="crm-backtest-icp"
          value={chosen?.value ?? ''}
          disabled={choices.length === 0}
          onChange={(event) => setPicked(event.currentTarget.value)}
        >
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" data-testid="crm-backtest" disabled={!chosen} onClick={run}>
        Run backtest
      </button>
      {error && (
        <p class="import-error" role="alert" data-testid="crm-backtest-error">
          {error}
        </p>
      )}
      {result && <BacktestView report={result.report} icpName={result.label} />}
    </div>
  );
}

function storedChoice(icp: Icp, primary: boolean): Choice {
  const label = `${icp.name} (version ${icp.version}${primary ? ', primary' : ''})`;
  return { value: `stored:${icp.id}`, label, icp };
}
