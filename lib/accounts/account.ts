import { z } from 'zod';
import { signalSchema } from '@/lib/signals/vocabulary';

/**
 * A company (or, in the people table, a person) as Fitcheck knows it: every signal read about
 * it, from every page the SDR opened.
 */
export const accountSchema = z.object({
  /**
   * Stable key, fixed when first seen: `domain:<domain>`, `linkedin-org:<id>`, `linkedin:<slug>`,
   * or for a person `person:<profile slug>`.
   */
  id: z.string().min(1),
  name: z.string().optional(),
  domain: z.string().optional(),
  linkedinSlug: z.string().optional(),
  linkedinOrgId: z.string().optional(),
  /** Current signals: at most one per field and extractor; see mergeObservation. */
  signals: z.array(signalSchema),
  sources: z.array(z.object({ url: z.string(), pageKind: z.string(), seenAt: z.string() })),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
});
export type Account = z.infer<typeof accountSchema>;
