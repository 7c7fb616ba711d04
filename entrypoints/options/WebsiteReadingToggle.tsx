import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging';
import { ALL_SITES } from '@/lib/permissions';

/**
 * Company websites are read when the popup opens on them; this asks for the optional all-sites
 * permission so they are read on every visit instead. The browser asks the user to confirm.
 */
export function WebsiteReadingToggle() {
  const [automatic, setAutomatic] = useState<boolean>();
  useEffect(() => void browser.permissions.contains(ALL_SITES).then(setAutomatic), []);
  // Whatever the user answered the browser's prompt, the checkbox shows what is true afterwards.
  const change = async (on: boolean) => {
    await (on ? browser.permissions.request(ALL_SITES) : browser.permissions.remove(ALL_SITES)).catch(
      () => false,
    );
    setAutomatic((await sendMessage('syncWebsiteReading', {})).automatic);
  };
  return (
    <section class="website-reading">
      <h2>Company websites</h2>
      <label>
        <input
          type="checkbox"
          data-testid="read-websites-automatically"
          checked={automatic === true}
          disabled={automatic === undefined}
          onChange={(event) => void change(event.currentTarget.checked)}
        />{' '}
        Read company websites automatically on every visit (asks for access to all sites). Off: a website is
        read only when you open Fitcheck on it.
      </label>
    </section>
  );
}
