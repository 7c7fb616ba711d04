interface ShareBarProps {
  /** 0..1 of the bar's full width; clamped, so a capped lift fills the bar instead of overflowing. */
  fraction: number | undefined;
}

/**
 * A horizontal bar beside a number: a column of lengths is compared at a glance, where a column of
 * "2.7×" has to be read line by line. Hidden from screen readers, which read the number next to it.
 */
export function ShareBar({ fraction }: ShareBarProps) {
  const clamped =
    fraction === undefined || !Number.isFinite(fraction) ? 0 : Math.min(1, Math.max(0, fraction));
  return (
    <span class="crm-bar" aria-hidden="true">
      <span class="crm-bar__fill" style={{ width: `${(clamped * 100).toFixed(1)}%` }} />
    </span>
  );
}
