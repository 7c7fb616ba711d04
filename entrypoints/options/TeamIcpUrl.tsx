import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage, type TeamIcpSyncView } from '@/lib/messaging';

/**
 * The URL of the team's ICP file. Saving asks the browser for access to that one origin (an
 * optional permission), then syncs; Fitcheck re-fetches it daily and keeps the cached copy when
 * a download is broken.
 */
export function TeamIcpUrl({ onSynced }: { onSynced(): void }) {
  const [view, setView] = useState<TeamIcpSyncView>();
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    void sendMessage('getTeamIcpSync', {}).then((loaded) => {
      setView(loaded);
      // Never overwrite what the user started typing while the status was loading.
      setDraft((typed) => typed || loaded.url || '');
    });
  }, []);
  const save = async () => {
    setProblem(undefined);
    if (draft) {
      const origin = originOf(draft);
      if (!origin) return setProblem('Enter the full address of the file, starting with https://');
      if (!(await browser.permissions.request({ origins: [`${origin}/*`] }))) {
        return setProblem(`Fitcheck needs your permission to read ${origin} to sync the team ICP.`);
      }
    }
    setView(await sendMessage('setTeamIcpUrl', { url: draft }));
    onSynced();
  };
  return (
    <section class="team-icp">
      <h2>Team ICP</h2>
      <p class="muted">
        Keep the team on one ICP: enter the address of the ICP file your RevOps lead publishes. Fitcheck
        fetches it now and once a day, and works offline from its copy.
      </p>
      <input
        type="url"
        size={60}
        placeholder="https://example.com/team-icp.json"
        data-testid="team-icp-url"
        value={draft}
        onInput={(event) => setDraft(event.currentTarget.value.trim())}
      />{' '}
      <button type="button" data-testid="team-icp-save" onClick={() => void save()}>
        Save and sync
      </button>
      {problem && <p class="error">{problem}</p>}
      {view && (
        <p class="muted" data-testid="team-icp-status">
          {view.summary}
        </p>
      )}
    </section>
  );
}

function originOf(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
