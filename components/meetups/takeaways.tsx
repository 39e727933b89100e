import type { Takeaway } from "@/lib/content/post-file";

/** A speaker's takeaways as a list, or nothing when there are none. */
export function Takeaways({ takeaways }: { takeaways: readonly Takeaway[] }) {
  if (takeaways.length === 0) return null;
  return (
    <ul className="takeaways" aria-label="Takeaways">
      {takeaways.map((takeaway) => (
        // Sanitized when the post was read (lib/content/post-file.ts), by the same rules as post bodies.
        <li key={takeaway.markdown} dangerouslySetInnerHTML={{ __html: takeaway.html }} />
      ))}
    </ul>
  );
}
