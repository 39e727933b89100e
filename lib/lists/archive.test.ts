import assert from "node:assert/strict";
import { it } from "node:test";
import { getArchive, getArchiveYear, getArchiveYears } from "./archive";
import { post, setPosts } from "../../test/support/test-helpers";

it("groups listed posts by year and month in the site's time zone, newest first", () => {
  setPosts({
    "2019-01-16-jan.md": post("title: January"),
    "2018-12-05-dec.md": post("title: December"),
    // 23:30 on 31 October UTC-1 is already 1 November in London.
    "2018-10-31-late.md": post("title: Late\ndate: 2018-10-31 23:30 -01:00"),
    "2018-10-09-oct.md": post("title: October"),
    "2018-10-20-draft.md": post("title: Draft\npublished: false"),
  });
  const archive = getArchive();
  assert.deepEqual(getArchiveYears(), [2019, 2018]);
  assert.deepEqual(
    archive.map((year) => [
      year.year,
      year.count,
      year.months.map((month) => [month.label, month.posts.map((p) => p.title)]),
    ]),
    [
      [2019, 1, [["January 2019", ["January"]]]],
      [
        2018,
        3,
        [
          ["December 2018", ["December"]],
          ["November 2018", ["Late"]],
          ["October 2018", ["October"]],
        ],
      ],
    ],
  );
  assert.equal(getArchiveYear(2018)?.count, 3);
  assert.equal(getArchiveYear(2017), undefined);
});
