// Characters no text of the site may hold: XML (feeds, sitemap), calendars and JSON-LD cannot carry them, and
// they hide text from editors. Tab, line feed and carriage return are text; C0 and C1 controls, DEL and the two
// non-characters are not.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;

/** The first control character in `text` (its line and a description), or undefined when there is none. */
export function findControlCharacter(text: string): { line: number; message: string; expected: string } | undefined {
  const match = CONTROL_CHARACTER.exec(text);
  if (!match) return undefined;
  const code = `U+${(match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
  return {
    line: text.slice(0, match.index).split("\n").length,
    message: `holds the control character ${code}, which no page, feed or calendar can carry`,
    expected: "text with no control characters: tabs and line breaks are fine",
  };
}
