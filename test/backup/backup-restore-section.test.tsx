// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupRestore, CONFIRM_RESTORE } from '@/entrypoints/options/BackupRestore';
import { createBackupHandlers } from '@/lib/background/backup-handlers';
import { createBackup } from '@/lib/backup/create-backup';
import { FitcheckDb } from '@/lib/db';
import { sendMessage } from '@/lib/messaging';
import { waitFor } from '../options/suppression-harness';
import { fillDatabase } from './backup-rows';

vi.mock('@/lib/messaging', async (importActual) => ({
  ...(await importActual<typeof import('@/lib/messaging')>()),
  sendMessage: vi.fn(),
}));

const NOW = new Date('2026-11-23T12:00:00.000Z');

let db: FitcheckDb;
let sent: string[];
let root: HTMLElement;
/** Every message waits for this, so a test can look at the page while the background works. */
let backgroundDone: Promise<void>;
beforeEach(() => {
  backgroundDone = Promise.resolve();
  db = new FitcheckDb(`test-${crypto.randomUUID()}`);
  sent = [];
  const handlers = createBackupHandlers(
    db,
    () => NOW,
    async () => undefined,
  );
  vi.mocked(sendMessage).mockImplementation((async (name: string, payload: unknown) => {
    sent.push(name);
    await backgroundDone;
    const handler = handlers[name as keyof typeof handlers] as (
      input: unknown,
      sender: object,
    ) => Promise<unknown>;
    return handler(payload, {});
  }) as typeof sendMessage);
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root') as HTMLElement;
});
afterEach(async () => {
  render(null, root);
  await db.delete();
});

const find = (testId: string) => root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

function pick(file: File): void {
  const input = find('backup-restore') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('Backup and restore section', () => {
  it('downloads the backup the background made, under its dated name', async () => {
    await fillDatabase(db, 3);
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    let openGate: (() => void) | undefined;
    backgroundDone = new Promise((resolve) => (openGate = resolve));
    render(<BackupRestore />, root);
    find('backup-download')?.click();
    expect((await waitFor(() => find('backup-progress'))).textContent).toBe('Preparing…');
    openGate?.();
    expect((await waitFor(() => find('backup-status')))?.textContent).toBe(
      'Saved fitcheck-backup-2026-11-23.json.',
    );
    expect(clicked).toHaveBeenCalledTimes(1);
    expect((clicked.mock.contexts[0] as HTMLAnchorElement).download).toBe('fitcheck-backup-2026-11-23.json');
  });

  it('asks before replacing everything, then shows what was restored', async () => {
    const confirm = vi.fn(() => true);
    const onRestored = vi.fn();
    await fillDatabase(db, 3);
    const text = JSON.stringify(await createBackup(db, NOW));
    await db.accounts.clear();
    render(<BackupRestore confirm={confirm} onRestored={onRestored} />, root);

    pick(new File([text], 'fitcheck-backup-2026-11-23.json', { type: 'application/json' }));

    const status = await waitFor(() => find('backup-status'));
    expect(confirm).toHaveBeenCalledWith(CONFIRM_RESTORE);
    expect(status.textContent).toMatch(/^Restored 2 ICPs, 2 past ICP versions, 3 accounts, 2 people/);
    expect(onRestored).toHaveBeenCalledTimes(1);
    expect(await db.accounts.count()).toBe(3);
  });

  it('lists every problem with its path, and restores nothing', async () => {
    render(<BackupRestore confirm={() => true} />, root);
    pick(new File(['{"format":"fitcheck-backup","formatVersion":7}'], 'backup.json'));
    const error = await waitFor(() => find('backup-error'));
    expect(error.textContent).toMatch(/^Nothing was restored\.formatVersion: written by a newer Fitcheck/);
  });

  it('does nothing when the SDR says no, and refuses a file over 500 MB before reading it', async () => {
    render(<BackupRestore confirm={() => false} />, root);
    pick(new File(['{}'], 'backup.json'));
    const huge = new File(['{}'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: 600_000_000 });
    const read = vi.spyOn(huge, 'text');
    pick(huge);
    expect((await waitFor(() => find('backup-error'))).textContent).toBe(
      'Nothing was restored.(file): the file is 600 MB; a backup is at most 500 MB',
    );
    expect(read).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });
});
