import { useState } from 'preact/hooks';
import type { ImportIssue } from '@/lib/technologies/wappalyzer-import';
import { sendMessage } from '@/lib/messaging';
import { loadFingerprints } from '@/lib/technologies/built-in-fingerprints';

const MAX_FILE_BYTES = 20_000_000;
const BUILT_IN_COUNT = loadFingerprints().length;
const SHOWN_ISSUES = 20;

type Outcome =
  | { kind: 'none' }
  | { kind: 'ok'; imported: number; skipped: ImportIssue[] }
  | { kind: 'error'; errors: ImportIssue[] };

/** Extends technology detection with the team's own Wappalyzer-format fingerprint file. */
export function FingerprintImport() {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const importFile = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      return setOutcome({
        kind: 'error',
        errors: [{ path: '(file)', message: `larger than ${MAX_FILE_BYTES} bytes` }],
      });
    }
    const result = await sendMessage('importFingerprints', { text: await file.text() });
    setOutcome(
      result.ok
        ? { kind: 'ok', imported: result.imported, skipped: result.skipped }
        : { kind: 'error', errors: result.errors },
    );
  };
  const issues = outcome.kind === 'ok' ? outcome.skipped : outcome.kind === 'error' ? outcome.errors : [];
  return (
    <section class="fingerprints">
      <h2>Your own technology fingerprints</h2>
      <p class="muted">
        Fitcheck recognizes {BUILT_IN_COUNT} tools. To recognize more, import a file in Wappalyzer's
        technologies.json format; it is added to the built-in set. Header and raw-HTML rules cannot be read
        from a page and are skipped.
      </p>
      <input
        type="file"
        accept=".json,application/json"
        data-testid="fingerprint-import"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) void importFile(file);
          event.currentTarget.value = '';
        }}
      />{' '}
      <button
        type="button"
        onClick={() => void sendMessage('clearFingerprints', {}).then(() => setOutcome({ kind: 'none' }))}
      >
        Remove imported fingerprints
      </button>
      {outcome.kind === 'ok' && (
        <p class="ok" data-testid="fingerprint-import-ok">
          Imported {outcome.imported} technologies.
        </p>
      )}
      {outcome.kind === 'error' && <p class="error">Nothing was imported.</p>}
      {issues.length > 0 && (
        <ul class="muted" data-testid="fingerprint-import-issues">
          {issues.slice(0, SHOWN_ISSUES).map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <code>{issue.path}</code>: {issue.message}
            </li>
          ))}
          {issues.length > SHOWN_ISSUES && <li>and {issues.length - SHOWN_ISSUES} more</li>}
        </ul>
      )}
    </section>
  );
}
