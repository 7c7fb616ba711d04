import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FitView } from '@/components/FitView';
import { ShortlistControl } from './ShortlistControl';
import { NoCompany } from '@/components/NoCompany';
import { PersonView } from '@/components/PersonView';
import { UnreadablePage } from '@/components/UnreadablePage';
import { sendMessage, type TabFit } from '@/lib/messaging';

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; tabFit: TabFit };

/** `popup.html?tabId=N` shows tab N (tests, a popup opened as a page); otherwise the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery >= 0 && location.search.includes('tabId=')) return fromQuery;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

function TabFitView({ tabFit }: { tabFit: TabFit }) {
  switch (tabFit.state) {
    case 'company':
      return (
        <>
          <ShortlistControl accountId={tabFit.account.id} entry={tabFit.shortlist} />
          <FitView
            account={tabFit.account}
            fit={tabFit.fit}
            segments={tabFit.segments}
            missing={tabFit.missing}
            pageKind={tabFit.pageKind}
          />
        </>
      );
    case 'person':
      return (
        <PersonView
          person={tabFit.person}
          personaFit={tabFit.personaFit}
          company={tabFit.company}
          missing={tabFit.missing}
        />
      );
    case 'unreadable':
      return <UnreadablePage pageKind={tabFit.pageKind} missing={tabFit.missing} />;
    default:
      return <NoCompany />;
  }
}

const READ_POLL_MS = 300;
const READ_TIMEOUT_MS = 5000;

/**
 * The tab's fit. On a website Fitcheck has not read yet, opening the popup is the user's
 * request to read it (activeTab): start the reader, then wait briefly for its first read.
 */
async function loadTabFit(tabId: number): Promise<TabFit> {
  const known = await sendMessage('getTabFit', { tabId });
  if (known.state !== 'none') return known;
  const { started } = await sendMessage('readTab', { tabId });
  if (!started) return known;
  const deadline = Date.now() + READ_TIMEOUT_MS;
  while (Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, READ_POLL_MS));
    const fit = await sendMessage('getTabFit', { tabId });
    if (fit.state !== 'none') return fit;
  }
  return known;
}

export function PopupApp() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    (async () => {
      const tabId = await targetTabId();
      if (tabId === undefined) return setState({ kind: 'ready', tabFit: { state: 'none' } });
      setState({ kind: 'ready', tabFit: await loadTabFit(tabId) });
    })().catch((error: unknown) => setState({ kind: 'error', message: String(error) }));
  }, []);
  return (
    <main class="popup">
      {state.kind === 'loading' && <p class="muted">Reading…</p>}
      {state.kind === 'error' && <p class="error">Fitcheck could not load this tab's fit: {state.message}</p>}
      {state.kind === 'ready' && <TabFitView tabFit={state.tabFit} />}
      <nav class="popup__links">
        <a
          href={browser.runtime.getURL('/dashboard.html')}
          target="_blank"
          rel="noopener"
          data-testid="open-dashboard"
        >
          Shortlist and dashboard
        </a>{' '}
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          ICP settings
        </a>
      </nav>
    </main>
  );
}
