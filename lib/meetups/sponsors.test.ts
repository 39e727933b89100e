import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { formatProblem } from "../content/content-error";
import { getPostSponsors } from "../collection/meetup-index";
import { SPONSORS_YAML, setMeetupSite, writeSponsors } from "../../test/support/meetup-test-helpers";
import { getAllPosts } from "../collection/posts";
import { closestSponsorNames, readSponsorRegistry } from "./sponsors";
import { post, setFixtureSite } from "../../test/support/test-helpers";
import { env } from "../env";

// The fixture site's posts, pages, data and photos, not the project's own content.
setFixtureSite();

describe("sponsor registry", () => {
  it("reads data/sponsors.yml entries with their logos and levels", () => {
    const registry = readSponsorRegistry(writeSponsors(SPONSORS_YAML));
    assert.deepEqual(registry.problems, []);
    assert.deepEqual(
      registry.sponsors.map((s) => [s.name, s.slug, s.logo ?? "", s.level ?? ""]),
      [
        ["StorageOS", "storageos", "/images/sponsors/storageos.svg", ""],
        ["Tecknuovo", "tecknuovo", "", ""],
        ["Contino", "contino", "", "Gold"],
        ["Pusher", "pusher", "", ""],
      ],
    );
  });

  it("reports a nameless entry, a duplicate, a bad URL and a missing logo with their lines", () => {
    const file = writeSponsors(
      "- name: A\n- url: https://b.example/\n- name: a\n- name: C\n  url: ftp://c\n- name: D\n  logo: /images/sponsors/gone.svg\n",
    );
    const lines = readSponsorRegistry(file).problems.map((p) => `${p.line}: ${p.field}: ${p.message} (${p.expected})`);
    assert.deepEqual(lines, [
      "2: [1].name: is missing (the sponsor's name)",
      '3: [2].name: "a" is listed twice (one entry per sponsor)',
      "5: [3].url: is not valid (is not an accepted URL)",
      "7: [4].logo: /images/sponsors/gone.svg is not in public/ (a logo file under public/)",
    ]);
  });

  it("suggests the closest known names", () => {
    const registry = readSponsorRegistry(writeSponsors(SPONSORS_YAML));
    assert.deepEqual(closestSponsorNames("Contio", registry), ["Contino"]);
    assert.deepEqual(closestSponsorNames("Pushr", registry), ["Pusher"]);
    assert.deepEqual(closestSponsorNames("Teknuovo", registry), ["Tecknuovo"]);
    assert.deepEqual(closestSponsorNames("storage os", registry), ["StorageOS"]);
    // Nothing is near: the nearest name is still offered.
    assert.equal(closestSponsorNames("Acme Widgets Ltd", registry).length, 1);
  });
});

describe("sponsors in posts", () => {
  it("resolves names in any letter case, and lets an inline entry set the level for one meetup", () => {
    const errors = setMeetupSite({
      "2018-10-09-october.md": post("title: October\nsponsors:\n  - storageos\n  - { name: Contino, level: Venue }"),
    });
    assert.deepEqual(errors, []);
    const [october] = getAllPosts();
    assert.ok(october);
    assert.deepEqual(
      getPostSponsors(october).map((s) => [s.name, s.url, s.level]),
      [
        ["StorageOS", "https://storageos.com/", undefined],
        ["Contino", "https://www.contino.io/", "Venue"],
      ],
    );
  });

  it("stops the build on an unknown name, naming file, line and field and the closest known names", () => {
    const errors = setMeetupSite({
      "2018-10-09-october.md": post("title: October\nsponsors:\n  - StorageOS\n  - Contio\n  - name: Inline Co"),
    });
    const postFile = path.relative(process.cwd(), path.join(env.postsDir, "2018-10-09-october.md"));
    const registry = readSponsorRegistry().file;
    assert.deepEqual(errors, [
      `${postFile}:5: sponsors[1]: "Contio" is not in ${registry} (did you mean Contino? Otherwise a name from ${registry}: add the sponsor there, or write { name, url, logo, level } in the post)`,
    ]);
  });

  it("reports a registry problem as an error of the registry file", () => {
    const errors = setMeetupSite({ "2018-10-09-october.md": post("title: October") }, "name: not a list\n");
    assert.equal(errors.length, 1);
    assert.match(errors[0] ?? "", /sponsors\.yml:1: sponsors: is not a list/);
  });

  it("reports broken YAML in the registry", () => {
    const [problem] = readSponsorRegistry(writeSponsors("- name: [broken\n")).problems;
    assert.ok(problem);
    assert.match(formatProblem(problem), /sponsors\.yml:\d+: sponsors: invalid YAML/);
  });
});
