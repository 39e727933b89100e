import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { temporaryFolder } from "../../test/support/test-scope";
import { readSiteSettings } from "./read-site-settings";

const VALID = readFileSync(path.resolve("test/fixtures/settings/site.yml"), "utf8");

/** The check's lines for this site.yml, as `npm run check` prints them, with the file shown as site.yml. */
function linesFor(text: string): string[] {
  const file = path.join(temporaryFolder("cnl-settings-"), "site.yml");
  writeFileSync(file, text);
  const shown = path.relative(process.cwd(), file);
  return readSiteSettings(path.dirname(file)).problems.map(
    (p) =>
      `${p.file.replace(shown, "site.yml")}:${p.line}: ${p.field}: ${p.severity === "warning" ? "warning: " : ""}${p.message}`,
  );
}

describe("site.yml", () => {
  it("reads valid settings, with defaults for what they leave out", () => {
    const file = path.join(temporaryFolder("cnl-settings-"), "site.yml");
    writeFileSync(file, VALID);
    const { settings, problems } = readSiteSettings(path.dirname(file));
    assert.deepEqual(problems, []);
    assert.equal(settings?.name, "Riverside Test Meetup");
    assert.equal(settings?.price, "Free");
    assert.equal(settings?.postsPerPage, 12);
    assert.deepEqual(settings?.nav[0], { label: "Posts", href: "/" });
  });

  it("names the line and field of each wrong setting, and what it should be", () => {
    const text = VALID.replace("url: https://riverside.example.net", "url: ftp://riverside.example.net")
      .replace("timeZone: Europe/London", "timeZone: Europe/Riverside")
      .replace('accent: "#0b5cad"', "accent: blue")
      .replace("description: A meetup that exists only in the tests.\n", "")
      .concat("colour: red\nintro2: x\n");
    const file = path.join(temporaryFolder("cnl-settings-"), "site.yml");
    writeFileSync(file, text);
    const { settings, problems } = readSiteSettings(path.dirname(file));
    assert.equal(settings, undefined, "invalid settings are never used");
    const line = (needle: string) => text.split("\n").findIndex((row) => row.startsWith(needle)) + 1;
    const byLine = (a: (string | number)[], b: (string | number)[]) => Number(a[0]) - Number(b[0]);
    assert.deepEqual(
      problems.map((p) => [p.line, p.field, p.message, p.expected]).sort(byLine),
      [
        [1, "description", "is missing", "text"],
        [line("url:"), "url", "is not valid", "an address starting with https:// or http://"],
        [line("timeZone:"), "timeZone", "is not valid", "a time zone name such as Europe/London or America/New_York"],
        [line("accent:"), "accent", "is not valid", 'a colour as "#rrggbb" in quotes, e.g. "#5b2a9e"'],
        [line("colour:"), "colour", "is not a setting", "see docs/adopting.md"],
        [line("intro2:"), "intro2", "is not a setting", "see docs/adopting.md"],
      ].sort(byLine),
    );
  });

  it("reports YAML it cannot read, and a logo that is not in public/, at their lines", () => {
    assert.deepEqual(linesFor(`${VALID}intro: [unclosed\n`).length, 1);
    assert.match(linesFor(`${VALID}intro: [unclosed\n`)[0] ?? "", /^site\.yml:\d+: site\.yml: is not valid YAML$/);
    assert.deepEqual(linesFor(`${VALID}logo: /images/missing.svg\n`), [
      "site.yml:9: logo: names /images/missing.svg, which is not under public/",
    ]);
  });

  it("warns of an accent too pale for links and of the example address, without stopping", () => {
    const text = VALID.replace('accent: "#0b5cad"', 'accent: "#ffe066"').replace(
      "https://riverside.example.net",
      "https://example.org",
    );
    assert.deepEqual(linesFor(text), [
      "site.yml:6: accent: warning: has 1.3:1 contrast on white",
      "site.yml:4: url: warning: is still the example address",
    ]);
  });
});
