import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { renderInlineMarkdown } from "@/lib/markdown";

/** A short Markdown string (a takeaway), sanitized by the same rules as post bodies. */
export function InlineMarkdown({ text }: { text: string }) {
  return toJsxRuntime(renderInlineMarkdown(text).tree, { Fragment, jsx, jsxs });
}
