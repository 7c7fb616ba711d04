import { useEffect, useState } from 'preact/hooks';
import type { RescoreProgress } from '@/lib/background/rescore-job';
import { sendMessage } from '@/lib/messaging';

const POLL_MS = 400;

/** Follows the background's re-scoring after a save until it is done; `watch` restarts it. */
export function useRescoreProgress(): { progress?: RescoreProgress; watch(): void } {
  const [progress, setProgress] = useState<RescoreProgress>();
  const [watching, setWatching] = useState(0);
  useEffect(() => {
    if (watching === 0) return undefined;
    let stopped = false;
    const poll = async () => {
      while (!stopped) {
        const latest = await sendMessage('getRescoreProgress', {}).catch(() => undefined);
        if (stopped || !latest) return;
        setProgress(latest);
        if (!latest.running) return;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    };
    void poll();
    return () => {
      stopped = true;
    };
  }, [watching]);
  return { progress, watch: () => setWatching((n) => n + 1) };
}
