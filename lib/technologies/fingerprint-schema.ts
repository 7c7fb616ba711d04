import { z } from 'zod';

/**
 * The technographics fingerprint file: which third-party tools a company's own website shows,
 * told by the hostnames of their public embed snippets, their page globals, cookies, meta tags
 * and the DOM their embeds require. Data, not code: `detect.ts` is the only matcher.
 *
 * A weak pattern alone never detects a technology; two pieces of evidence (any two patterns)
 * or one strong pattern do.
 */

export const TECHNOLOGY_CATEGORIES = [
  'crm',
  'marketing_automation',
  'cdp',
  'analytics',
  'tag_manager',
  'chat_support',
  'sales_engagement',
  'abm_intent',
  'ats',
  'payments',
  'cms',
  'ecommerce',
  'product_analytics',
  'scheduling',
  'advertising',
  'other',
] as const;
export type TechnologyCategory = (typeof TECHNOLOGY_CATEGORIES)[number];

export const PATTERN_TYPES = [
  'scriptSrc',
  'linkHref',
  'inlineScript',
  'global',
  'meta',
  'dom',
  'cookie',
] as const;
export type PatternType = (typeof PATTERN_TYPES)[number];

export function isValidRegexSource(source: string): boolean {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
}

const regexSource = z.string().min(1).max(500).refine(isValidRegexSource, 'invalid regular expression');
const strength = z.enum(['strong', 'weak']);

/** A dotted path of identifiers, e.g. "Munchkin" or "analytics.SNIPPET_VERSION". */
const globalPath = z
  .string()
  .regex(/^[$A-Za-z_][$\w]*(\.[$A-Za-z_][$\w]*)*$/, 'expected a dotted path of JavaScript identifiers');

const regexPattern = <T extends 'scriptSrc' | 'linkHref' | 'inlineScript' | 'cookie'>(type: T) =>
  z.object({ type: z.literal(type), pattern: regexSource, strength }).strict();

export const fingerprintPatternSchema = z.discriminatedUnion('type', [
  /** Regex on a <script src> URL with its query string and fragment dropped. */
  regexPattern('scriptSrc'),
  /** Regex on a stylesheet/preconnect/prefetch/preload <link href>, query and fragment dropped. */
  regexPattern('linkHref'),
  /** Regex on an inline script's text: hostnames and code identifiers, never a bare brand word. */
  regexPattern('inlineScript'),
  /** Regex on a cookie name. */
  regexPattern('cookie'),
  z.object({ type: z.literal('global'), pattern: globalPath, strength }).strict(),
  z
    .object({
      type: z.literal('meta'),
      pattern: z.object({ name: z.string().min(1), contentPattern: regexSource }).strict(),
      strength,
    })
    .strict(),
  /** A CSS selector; elements owned by a browser extension never count. */
  z.object({ type: z.literal('dom'), pattern: z.string().min(1).max(300), strength }).strict(),
]);
export type FingerprintPattern = z.infer<typeof fingerprintPatternSchema>;

export const technologyFingerprintSchema = z
  .object({
    /** Canonical product name, as an ICP's `technology` criterion names it. */
    name: z.string().trim().min(1).max(100),
    /** Other names an ICP may use for the same product. */
    aliases: z.array(z.string().trim().min(1).max(100)).max(10).optional(),
    category: z.enum(TECHNOLOGY_CATEGORIES),
    website: z.string().url(),
    patterns: z.array(fingerprintPatternSchema).min(1).max(40),
  })
  .strict();
export type TechnologyFingerprint = z.infer<typeof technologyFingerprintSchema>;

export const fingerprintFileSchema = z
  .object({
    formatVersion: z.literal(1),
    technologies: z
      .array(technologyFingerprintSchema)
      .min(1)
      .superRefine((list, ctx) => {
        const seen = new Set<string>();
        list.forEach((tech, index) => {
          const key = tech.name.toLowerCase();
          if (seen.has(key)) {
            ctx.addIssue({
              code: 'custom',
              message: `duplicate technology "${tech.name}"`,
              path: [index, 'name'],
            });
          }
          seen.add(key);
        });
      }),
    /** Tools ICPs name that a page cannot show, and why: kept so nobody invents a fingerprint. */
    notDetectable: z
      .array(z.object({ name: z.string().trim().min(1), reason: z.string().trim().min(1) }).strict())
      .optional(),
  })
  .strict();
export type FingerprintFile = z.infer<typeof fingerprintFileSchema>;
