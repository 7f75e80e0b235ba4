// Replaced at bundle time by scripts/build.mjs; the fallbacks serve tests that run the sources.
declare const __EFFCAT_VERSION__: string | undefined;
declare const __EXTRACTOR_FINGERPRINT__: string | undefined;

export const EFFCAT_VERSION: string = typeof __EFFCAT_VERSION__ === 'string' ? __EFFCAT_VERSION__ : '0.0.0-dev';

/**
 * Identifies the extraction code (a hash of src/extract, src/lexicon and src/source at build
 * time): when it changes, the default catalog is rebuilt.
 */
export const EXTRACTOR_VERSION: string =
  typeof __EXTRACTOR_FINGERPRINT__ === 'string' ? `${EFFCAT_VERSION}+${__EXTRACTOR_FINGERPRINT__}` : `${EFFCAT_VERSION}+dev`;
