import { writeFileSync } from "node:fs";
import path from "node:path";
import { readPostCollection } from "../../lib/collection/posts";
import { formatProblem } from "../../lib/content/content-error";
import { setEnv, temporaryFolder, writePosts } from "./test-helpers";

/** Write a sponsor registry into a fresh temporary file, removed when the calling test ends, and return its path. */
export function writeSponsors(yaml: string): string {
  const file = path.join(temporaryFolder("cnl-sponsors-"), "sponsors.yml");
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

/**
 * Point POSTS_DIR and SPONSORS_FILE at fresh folders of these posts and this registry until the calling
 * test ends, and return the collection's errors as the check prints them.
 */
export function setMeetupSite(posts: Record<string, string>, sponsors = SPONSORS_YAML): string[] {
  setEnv({ POSTS_DIR: writePosts(posts), SPONSORS_FILE: writeSponsors(sponsors) });
  return readPostCollection()
    .problems.filter((p) => p.severity === "error")
    .map(formatProblem);
}
