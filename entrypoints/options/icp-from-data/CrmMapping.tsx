import type { ValueMetric } from '@/lib/analysis/analysis-account';
import {
  COLUMN_ROLES,
  type ColumnMapping,
  type ColumnRole,
  missingRoles,
  ROLE_LABELS,
  valueRoleOf,
} from '@/lib/analysis/import/column-roles';

const METRIC_LABELS: Readonly<Record<ValueMetric, string>> = {
  ltv: 'LTV (lifetime value)',
  acv: 'ACV (or ARR, or MRR × 12)',
  revenue: 'Revenue (annual revenue, else a deal amount)',
};

interface CrmMappingProps {
  fileName: string;
  headers: readonly string[];
  mapping: ColumnMapping;
  metric: ValueMetric;
  busy: boolean;
  onRole(role: ColumnRole, column: number | undefined): void;
  onMetric(metric: ValueMetric): void;
  onAnalyze(): void;
}

/** The guessed role of each column, for the user to confirm or correct before every row is read. */
export function CrmMapping(props: CrmMappingProps) {
  const { fileName, headers, mapping, metric, busy, onRole, onMetric, onAnalyze } = props;
  const missing = missingRoles(mapping, metric);
  return (
    <fieldset class="crm-mapping">
      <legend>The columns of {fileName}</legend>
      <table class="icp__table crm-mapping__table">
        <tbody>
          {COLUMN_ROLES.map((role) => (
            <tr key={role}>
              <th>
                <label for={`crm-role-${role}`}>{capitalize(ROLE_LABELS[role])}</label>
              </th>
              <td>
                <select
                  id={`crm-role-${role}`}
                  data-testid="crm-role"
                  data-role={role}
                  value={String(mapping[role] ?? '')}
                  onChange={(event) => {
                    const { value } = event.currentTarget;
                    onRole(role, value === '' ? undefined : Number(value));
                  }}
                >
                  <option value="">— not in the file —</option>
                  {headers.map((header, column) => (
                    <option key={column} value={String(column)}>
                      {header}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label>
        Rank customers by{' '}
        <select
          data-testid="crm-metric"
          value={metric}
          onChange={(event) => onMetric(event.currentTarget.value as ValueMetric)}
        >
          {(Object.keys(METRIC_LABELS) as ValueMetric[]).map((option) => (
            <option key={option} value={option}>
              {METRIC_LABELS[option]}
            </option>
          ))}
        </select>
      </label>
      <p class="muted" data-testid="crm-metric-column">
        {describeValueColumn(headers, mapping, metric)}
      </p>
      {missing.length > 0 && (
        <p class="import-error" data-testid="crm-missing">
          Choose a column for {missing.map((role) => ROLE_LABELS[role]).join(' and ')}: the analysis cannot do
          without it.
        </p>
      )}
      <button
        type="button"
        data-testid="crm-analyze"
        disabled={busy || missing.length > 0}
        onClick={onAnalyze}
      >
        Analyze
      </button>
    </fieldset>
  );
}

/** Which column the ranking reads: the first of the metric's roles that a column plays. */
function describeValueColumn(
  headers: readonly string[],
  mapping: ColumnMapping,
  metric: ValueMetric,
): string {
  const role = valueRoleOf(mapping, metric);
  const column = role === undefined ? undefined : mapping[role];
  const header = column === undefined ? undefined : headers[column];
  if (role === undefined || header === undefined) {
    return `No column is chosen for the ${METRIC_LABELS[metric]}.`;
  }
  const times = role === 'mrr' ? ' × 12' : '';
  return `Customers are ranked by the “${header}” column${times}; the top quarter of them are your best customers.`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
