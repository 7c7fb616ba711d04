import builtInFingerprints from './fingerprints.json';
import { type TechnologyFingerprint, fingerprintFileSchema } from './fingerprint-schema';

let builtIn: TechnologyFingerprint[] | undefined;

/**
 * The validated built-in fingerprint set, parsed once. Only the background and the options page
 * load it: a website's content script receives the set with its first message, so the page does
 * not download the data with the script (docs/performance.md).
 */
export function loadFingerprints(): TechnologyFingerprint[] {
  builtIn ??= fingerprintFileSchema.parse(builtInFingerprints).technologies;
  return builtIn;
}

/** The global paths the fingerprints look for, to ask the page's own world about. */
export function globalCandidates(fingerprints: readonly TechnologyFingerprint[]): string[] {
  const paths = fingerprints.flatMap((tech) =>
    tech.patterns.flatMap((pattern) => (pattern.type === 'global' ? [pattern.pattern] : [])),
  );
  return [...new Set(paths)];
}
