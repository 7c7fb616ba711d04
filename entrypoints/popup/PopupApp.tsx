import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FitView } from '@/components/FitView';
import { ShortlistControl } from './ShortlistControl';
import { NoCompany } from '@/components/NoCompany';
import { PersonView } from '@/components/PersonView';
import { UnreadablePage } from '@/components/UnreadablePage';
import type { TabFit } from '@/lib/messaging';

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; tabFit: TabFit };

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

/** `tabFit` was asked for before the first render (main.tsx), so the two overlap. */
export function PopupApp({ tabFit }: { tabFit: Promise<TabFit> }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    tabFit.then(
      (fit) => setState({ kind: 'ready', tabFit: fit }),
      (error: unknown) => setState({ kind: 'error', message: String(error) }),
    );
  }, [tabFit]);
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
