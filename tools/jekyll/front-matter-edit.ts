import { parseDocument } from "yaml";
import { FRONT_MATTER_YAML } from "../../lib/mistakes/yaml-options";

/** Front matter with fields removed or set (an empty list takes its field out), the rest kept as written. */
export function editFrontMatter(frontMatter: string, edit: { remove: string[]; set: Record<string, unknown> }): string {
  const document = parseDocument(frontMatter, FRONT_MATTER_YAML);
  for (const key of edit.remove) document.delete(key);
  for (const [key, value] of Object.entries(edit.set))
    if (Array.isArray(value) && value.length === 0) document.delete(key);
    else document.set(key, document.createNode(value));
  return document.toString({ lineWidth: 0 });
}
