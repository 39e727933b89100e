import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

/** Every placeholder photo has this size, so pages can be checked for it. */
const PLACEHOLDER_SIZE = { width: 960, height: 640 };

const FORMATS = { ".jpg": "jpeg", ".jpeg": "jpeg", ".png": "png", ".webp": "webp", ".gif": "gif" } as const;

/** A plain grey image in the format its extension names, or undefined for an extension that is no image. */
export async function placeholderImage(extension: string): Promise<Buffer | undefined> {
  const format = FORMATS[extension.toLowerCase() as keyof typeof FORMATS];
  if (!format) return undefined;
  const image = sharp({ create: { ...PLACEHOLDER_SIZE, channels: 3, background: "#8a94a3" } });
  return image.toFormat(format).toBuffer();
}

/** Write a placeholder image or PDF at `file`; false for a kind of file it cannot stand in for. */
export async function writePlaceholder(file: string): Promise<boolean> {
  const extension = path.extname(file).toLowerCase();
  const content = extension === ".pdf" ? minimalPdf() : await placeholderImage(extension);
  if (!content) return false;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return true;
}

// One blank page; the byte offsets in the xref table are computed, as a strict reader needs them right.
function minimalPdf(): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets = objects.map((object, index) => {
    const offset = body.length;
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}
