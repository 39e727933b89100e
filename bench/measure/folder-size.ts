import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Total bytes, file count and HTML page count of a folder, recursively. */
export function measureFolder(folder: string): { bytes: number; files: number; htmlPages: number } {
  const result = { bytes: 0, files: 0, htmlPages: 0 };
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    result.bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    result.files += 1;
    if (entry.name.endsWith(".html")) result.htmlPages += 1;
  }
  return result;
}
