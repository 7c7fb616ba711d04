import { describeExpectation } from '@/lib/icp/describe';
import { ReviewReminder } from './ReviewReminder';
import type { Icp } from '@/lib/icp/schema';
import { FIELD_LABELS } from '@/lib/signals/field-labels';

/** The active ICP, readable by the SDR and the RevOps lead who owns it. */
export function IcpView({ icp }: { icp: Icp }) {
  const totalWeight = icp.criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  return (
    <article class="icp" data-testid="active-icp" data-icp-id={icp.id}>
      <h2 data-testid="active-icp-name">{icp.name}</h2>
      <p class="muted">
        Version {icp.version}, reviewed {icp.reviewedAt}
      </p>
      <ReviewReminder reviewedAt={icp.reviewedAt} now={new Date()} />
      {icp.description && <p>{icp.description}</p>}
      <h3>Criteria</h3>
      <table class="icp__table">
        <thead>
          <tr>
            <th>Criterion</th>
            <th>Layer</th>
            <th>Wants</th>
            <th>Weight</th>
          </tr>
        </thead>
        <tbody>
          {icp.criteria.map((criterion) => (
            <tr key={criterion.id}>
              <td>
                <strong>{criterion.label}</strong>
                {criterion.mustHave && <span class="tag">must-have</span>}
                <div class="muted">{criterion.rationale}</div>
                {criterion.productFit && <div class="muted">How we fit: {criterion.productFit}</div>}
              </td>
              <td>{criterion.layer}</td>
              <td>
                {FIELD_LABELS[criterion.field]}: {describeExpectation(criterion)}
              </td>
              <td>{Math.round((100 * criterion.weight) / totalWeight)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Disqualifiers</h3>
      <ul>
        {icp.disqualifiers.map((disqualifier) => (
          <li key={disqualifier.id}>
            <strong>{disqualifier.label}</strong>: {FIELD_LABELS[disqualifier.field]}{' '}
            {describeExpectation(disqualifier)}. <span class="muted">{disqualifier.reason}</span>
          </li>
        ))}
      </ul>
      <h3>Tiers</h3>
      <ul class="icp__tiers">
        {[...icp.tiers]
          .sort((a, b) => b.minScore - a.minScore)
          .map((tier) => (
            <li key={tier.id}>
              <span class="tier" style={{ backgroundColor: tier.color }}>
                {tier.badge}
              </span>{' '}
              {tier.label}: score {tier.minScore} or more
            </li>
          ))}
      </ul>
    </article>
  );
}
