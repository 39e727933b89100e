import type { Takeaway } from "@/lib/content/post-file";
import { renderTree } from "../posts/post-body";

/** A speaker's takeaways as a list, or nothing when there are none. */
export function Takeaways({ takeaways }: { takeaways: readonly Takeaway[] }) {
  if (takeaways.length === 0) return null;
  return (
    <ul className="takeaways" aria-label="Takeaways">
      {takeaways.map((takeaway) => (
        // Sanitized when the post was read (lib/content/post-render.ts), by the same rules as post bodies.
        <li key={takeaway.markdown}>{renderTree(takeaway.tree)}</li>
      ))}
    </ul>
  );
}
