/**
 * What a run did that its launcher should know (src/cli/launch.ts): a run that built the
 * default catalog compiled the whole extractor, which a code cache for the command it ran
 * should not carry into every later run.
 */
export const runRecord = { builtCatalog: false };
