/** Largest post, page or data file the site reads; past this it is almost surely a pasted file, and rendering it takes minutes. */
const MAX_FILE_BYTES = 512 * 1024;

/** Longest title a post may have: it must fit a browser tab, a search result and a social card. */
const MAX_TITLE_LENGTH = 200;

// Characters no text of the site may hold: XML (feeds, sitemap), calendars and JSON-LD cannot carry them, and
// they hide text from editors. Tab, line feed and carriage return are text; C0 and C1 controls, DEL and the two
// non-characters are not.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;

/** What is wrong with a file's size (`noun`: "a post", "a data file"), or undefined when it is fine. */
export function describeOversizedFile(
  source: string,
  noun = "a post",
  language = "Markdown",
): { message: string; expected: string } | undefined {
  const bytes = Buffer.byteLength(source, "utf8");
  if (bytes <= MAX_FILE_BYTES) return undefined;
  return {
    message: `is ${formatSize(bytes)}, too large to be ${noun}`,
    expected: `at most ${formatSize(MAX_FILE_BYTES)} of ${language}; put photos and files in public/ and link to them`,
  };
}

/** The first control character in `text` (its offset and a description), or undefined when there is none. */
export function findControlCharacter(text: string): { offset: number; message: string; expected: string } | undefined {
  const match = CONTROL_CHARACTER.exec(text);
  if (!match) return undefined;
  const code = `U+${(match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
  return {
    offset: match.index,
    message: `holds the control character ${code}, which no page, feed or calendar can carry`,
    expected: "text with no control characters: tabs and line breaks are fine",
  };
}

/** What is wrong with a title's length, or undefined when it is fine. */
export function describeOverlongTitle(title: string): { message: string; expected: string } | undefined {
  const length = [...title].length;
  if (length <= MAX_TITLE_LENGTH) return undefined;
  return {
    message: `is ${length} characters long`,
    expected: `at most ${MAX_TITLE_LENGTH} characters; put the rest in description:`,
  };
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.round(bytes / 1024)} kB`;
}
