import { isSeq, parseDocument } from "yaml";
import { FRONT_MATTER_YAML } from "../../lib/mistakes/yaml-options";

/** Front matter with fields removed or set and paths added to `redirect_from`, the rest kept as written. */
export function editFrontMatter(
  frontMatter: string,
  edit: { remove?: string[]; redirectFrom?: string[]; set?: Record<string, unknown> },
): string {
  const document = parseDocument(frontMatter, FRONT_MATTER_YAML);
  for (const key of edit.remove ?? []) document.delete(key);
  // An empty list takes the field out.
  for (const [key, value] of Object.entries(edit.set ?? {}))
    if (Array.isArray(value) && value.length === 0) document.delete(key);
    else document.set(key, document.createNode(value));
  const added = edit.redirectFrom ?? [];
  if (added.length > 0) {
    const current = document.get("redirect_from");
    const list = isSeq(current)
      ? current.items.map((item) => String((item as { value?: unknown }).value ?? item))
      : typeof current === "string" && current.trim()
        ? [current]
        : [];
    for (const path of added) if (!list.includes(path)) list.push(path);
    document.set("redirect_from", document.createNode(list));
  }
  return document.toString({ lineWidth: 0 });
}
