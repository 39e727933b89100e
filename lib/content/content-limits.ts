import { findControlCharacter } from "../markdown/control-characters";
import { YamlSyntaxError } from "./front-matter";

/** Largest post, page or data file the site reads; past this it is almost surely a pasted file, and rendering it takes minutes. */
const MAX_FILE_BYTES = 512 * 1024;

/** Longest title a post may have: it must fit a browser tab, a search result and a social card. */
const MAX_TITLE_LENGTH = 200;

/** Longer descriptions are cut off in search results, link previews and post cards. */
const DESCRIPTION_LIMIT = 160;

/** Refuse a file's text before parsing: too large to be `noun` ("a post", "a data file"), or holding a control code. */
export function checkFileText(source: string, noun: string, language = "Markdown", field?: string): void {
  const bytes = Buffer.byteLength(source, "utf8");
  if (bytes > MAX_FILE_BYTES) {
    const expected = `at most ${formatSize(MAX_FILE_BYTES)} of ${language}; put photos and files in public/ and link to them`;
    throw new YamlSyntaxError(`is ${formatSize(bytes)}, too large to be ${noun}`, 1, expected, field);
  }
  const control = findControlCharacter(source);
  if (control) throw new YamlSyntaxError(control.message, control.line, control.expected, field);
}

/** What is wrong with a title's length, or undefined when it is fine. */
export function describeOverlongTitle(title: string) {
  const length = [...title].length;
  if (length <= MAX_TITLE_LENGTH) return undefined;
  const expected = `at most ${MAX_TITLE_LENGTH} characters; put the rest in description:`;
  return { message: `is ${length} characters long`, expected };
}

/** What is wrong with a description's length (a warning), or undefined when it is fine. */
export function describeOverlongDescription(description = "") {
  if (description.length <= DESCRIPTION_LIMIT) return undefined;
  const expected = `at most ${DESCRIPTION_LIMIT} characters: search results and link previews cut off the rest`;
  return { message: `is ${description.length} characters long`, expected };
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.round(bytes / 1024)} kB`;
}
