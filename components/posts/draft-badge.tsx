/** Marks an unpublished post; drafts are only ever shown by `next dev`. */
export function DraftBadge() {
  return <span className="badge">Draft</span>;
}
