import type { IcpIssue } from '@/lib/icp/parse-icp-file';

interface Props {
  onFile(file: File): void;
  fileName?: string;
  errors: readonly IcpIssue[];
  imported?: string;
}

/** The ICP file input (CONTRACT.md §3) and what went wrong, each problem with its place. */
export function IcpImport({ onFile, fileName, errors, imported }: Props) {
  return (
    <section class="import">
      <label>
        Import an ICP file (JSON){' '}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="icp-import"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) onFile(file);
            event.currentTarget.value = '';
          }}
        />
      </label>
      {imported && (
        <p class="ok" data-testid="import-ok">
          Imported “{imported}”. It is now the active ICP.
        </p>
      )}
      {errors.length > 0 && (
        <div class="import-error" data-testid="import-error" role="alert">
          <p>
            {fileName ?? 'The file'} was not imported; the active ICP is unchanged. Fix{' '}
            {errors.length === 1 ? 'this problem' : `these ${errors.length} problems`}:
          </p>
          <ul>
            {errors.map((error) => (
              <li key={`${error.path}:${error.message}`}>
                <code>{error.path}</code>: {error.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
