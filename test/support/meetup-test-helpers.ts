import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach } from "node:test";
import { readPostCollection } from "../../lib/collection/posts";
import { formatProblem } from "../../lib/content/content-error";
import { writePosts } from "./test-helpers";

/** Write a sponsor registry into a fresh temporary file and return its path. */
export function writeSponsors(yaml: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "cnl-sponsors-")), "sponsors.yml");
  writeFileSync(file, yaml);
  return file;
}

/** A registry with the October 2018 sponsors, logos included. */
export const SPONSORS_YAML = `- name: StorageOS
  url: https://storageos.com/
  logo: /images/sponsors/storageos.svg
- name: Tecknuovo
  url: https://www.tecknuovo.com/
- name: Contino
  url: https://www.contino.io/
  level: Gold
- name: Pusher
  url: https://pusher.com/
`;

/** Point POSTS_DIR and SPONSORS_FILE at fresh folders for one test; both are restored after each test. */
export function setUpMeetupSites(): (posts: Record<string, string>, sponsors?: string) => string[] {
  const saved = { posts: process.env.POSTS_DIR, sponsors: process.env.SPONSORS_FILE };
  afterEach(() => {
    restore("POSTS_DIR", saved.posts);
    restore("SPONSORS_FILE", saved.sponsors);
  });
  return (posts, sponsors = SPONSORS_YAML) => {
    process.env.POSTS_DIR = writePosts(posts);
    process.env.SPONSORS_FILE = writeSponsors(sponsors);
    return readPostCollection()
      .problems.filter((p) => p.severity === "error")
      .map(formatProblem);
  };
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
