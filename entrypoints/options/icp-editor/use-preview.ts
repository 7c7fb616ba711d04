import { useEffect, useState } from 'preact/hooks';
import type { Icp } from '@/lib/icp/schema';
import { sendMessage } from '@/lib/messaging';
import type { IcpPreview } from '@/lib/scoring/preview';

export type PreviewStatus = 'idle' | 'loading' | 'ready' | 'invalid' | 'error';

// Long enough that typing a label does not score every account at each key, short enough to feel live.
const DEBOUNCE_MS = 300;

/** The preview of a draft over the accounts seen, asked for again whenever the draft settles. */
export function usePreview(draft: Icp, valid: boolean) {
  const [preview, setPreview] = useState<IcpPreview>();
  const [status, setStatus] = useState<PreviewStatus>('idle');
  const [message, setMessage] = useState<string>();
  useEffect(() => {
    // A message belongs to the answer it came with; a new draft starts without one.
    setMessage(undefined);
    if (!valid) {
      setStatus('invalid');
      return undefined;
    }
    let current = true;
    setStatus('loading');
    const timer = setTimeout(() => {
      sendMessage('previewIcp', { draft })
        .then((answer) => {
          if (!current) return;
          if (answer.ok) {
            setPreview(answer.preview);
            setStatus('ready');
          } else {
            setStatus('invalid');
            setMessage(answer.errors[0]?.message);
          }
        })
        .catch((error: unknown) => {
          if (!current) return;
          setStatus('error');
          setMessage(String(error));
        });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [draft, valid]);
  return { preview, status, message };
}
