/**
 * Next's static export refuses a dynamic route whose generateStaticParams is empty, yet a site may well
 * have no speakers, no meetups or no tags yet. Such a route builds this one placeholder instead: its page
 * is a 404, and pipeline/steps/remove-placeholders.ts deletes it from the export before anything reads it.
 */
export const PLACEHOLDER_PARAM = "_nothing-to-build";

/** The params, or the placeholder when there are none. */
export function withPlaceholder<T extends Record<string, string | string[]>>(params: T[], placeholder: T): T[] {
  return params.length > 0 ? params : [placeholder];
}
