import type { TierView } from '@/lib/scoring/fit';

export function TierBadge({ tier }: { tier: TierView }) {
  return (
    <span class="tier" data-testid="tier" data-tier={tier.id} style={{ backgroundColor: tier.color }}>
      {tier.label}
    </span>
  );
}
