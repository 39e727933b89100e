import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { readPostCollection } from "./collection/posts";
import { readSponsorRegistry } from "./meetups/sponsors";
import { readPageCollection } from "./pages/pages";
import { publicFile } from "./public-files";
import { setEnv, temporaryFolder } from "../test/support/test-scope";

describe("SITE_DIR", () => {
  it("reads the posts, pages, data and public files of the site root it names", () => {
    const root = temporaryFolder("cnl-site-root-");
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    };
    write("posts/2030-01-01-first.md", "---\ntitle: First of the other site\n---\n\nHello.\n");
    write("content/pages/about.md", "---\ntitle: About the other site\n---\n\nAbout.\n");
    write("data/sponsors.yml", "- name: Other Sponsor\n  url: https://example.org/\n");
    write("public/files/agenda.txt", "agenda");
    setEnv({ SITE_DIR: root, POSTS_DIR: undefined, PAGES_DIR: undefined, PUBLIC_DIR: undefined });

    assert.deepEqual(
      readPostCollection().posts.map((post) => post.title),
      ["First of the other site"],
    );
    assert.deepEqual(
      readPageCollection().pages.map((page) => page.title),
      ["About the other site"],
    );
    assert.deepEqual(
      readSponsorRegistry().sponsors.map((sponsor) => sponsor.name),
      ["Other Sponsor"],
    );
    assert.equal(publicFile("/files/agenda.txt"), path.join(root, "public", "files", "agenda.txt"));
  });
});
