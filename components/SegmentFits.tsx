import type { SegmentFit } from '@/lib/scoring/company-fit';

/**
 * How the company fits the primary ICP's segment variants (SMB, enterprise…): one line each, so
 * the SDR sees which playbook applies without leaving the primary fit.
 */
export function SegmentFits({ segments }: { segments: readonly SegmentFit[] }) {
  if (segments.length === 0) return null;
  return (
    <section class="segments">
      <h2>Segments</h2>
      <ul>
        {segments.map((segment) => (
          <li
            key={segment.icpId}
            data-testid="segment-fit"
            data-icp-id={segment.icpId}
            data-tier={segment.tier.id}
          >
            {segment.name}:{' '}
            <span class="tier tier--small" style={{ backgroundColor: segment.tier.color }}>
              {segment.tier.label}
            </span>{' '}
            {segment.disqualified ? '' : <span class="muted">{segment.score}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
