// Next's static export refuses a dynamic route whose generateStaticParams is empty, yet a site may well have no
// speakers, meetups or tags yet.
/** What such a route builds instead: a 404 page, which pipeline/steps/remove-placeholders.ts drops from the export. */
export const PLACEHOLDER_PARAM = "_nothing-to-build";

/** The params, or the placeholder when there are none. */
export function withPlaceholder<T extends Record<string, string | string[]>>(params: T[], placeholder: T): T[] {
  return params.length > 0 ? params : [placeholder];
}
