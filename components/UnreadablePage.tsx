import type { SignalField } from '@/lib/signals/vocabulary';
import { ReadProblem } from './ReadProblem';

export function UnreadablePage({ pageKind, missing }: { pageKind: string; missing: readonly SignalField[] }) {
  return (
    <section class="empty">
      <ReadProblem pageKind={pageKind} missing={missing} partial={false} />
    </section>
  );
}
