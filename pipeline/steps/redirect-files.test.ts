import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { it } from "node:test";
import type { Redirect } from "../../lib/redirects/redirects";
import { writeRedirectFiles } from "./redirect-files";
import { temporaryFolder } from "../../test/support/test-scope";

const source = { file: "posts/2018-10-09-october.md", line: 3, field: "redirect_from" };
const TABLE: Redirect[] = [
  { from: "/Cloud-Native-London-Oct-2018/", to: "/posts/october/", source },
  { from: "/2018/10/09/october/", to: "/posts/october/", source },
  { from: "/old.html", to: "/posts/october/", source },
];

function exportFolder(): string {
  const folder = temporaryFolder("cnl-export-");
  writeFileSync(path.join(folder, "index.html"), "<!DOCTYPE html>");
  return folder;
}

it("writes a redirect page at every old path, and _redirects beside them", () => {
  const folder = exportFolder();
  writeRedirectFiles(folder, TABLE);
  for (const file of ["Cloud-Native-London-Oct-2018/index.html", "2018/10/09/october/index.html", "old.html"]) {
    assert.match(readFileSync(path.join(folder, file), "utf8"), /url=\/posts\/october\//, file);
  }
  assert.equal(existsSync(path.join(folder, "old.html", "index.html")), false);
  assert.match(readFileSync(path.join(folder, "_redirects"), "utf8"), /^\/old\.html \/posts\/october\/ 301$/m);
});

it("stops rather than overwrite a file of the export, naming where the old path was declared", () => {
  const folder = exportFolder();
  mkdirSync(path.join(folder, "Cloud-Native-London-Oct-2018"));
  writeFileSync(path.join(folder, "Cloud-Native-London-Oct-2018", "index.html"), "a real page");
  assert.throws(() => writeRedirectFiles(folder, TABLE), {
    message:
      'posts/2018-10-09-october.md:3: redirect_from: "/Cloud-Native-London-Oct-2018/" would overwrite Cloud-Native-London-Oct-2018/index.html in the export (an old path no file of the site uses)',
  });
  assert.equal(readFileSync(path.join(folder, "Cloud-Native-London-Oct-2018", "index.html"), "utf8"), "a real page");
  assert.equal(existsSync(path.join(folder, "old.html")), false);
});
