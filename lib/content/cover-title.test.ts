import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { splitCoverTitle } from "./cover-title";

describe("splitCoverTitle", () => {
  it("puts the series part of a meetup title above the rest", () => {
    assert.deepEqual(splitCoverTitle("Cloud Native London, October 2018: Jetstack, WSO2 and Exelerys"), {
      kicker: "Cloud Native London, October 2018",
      title: "Jetstack, WSO2 and Exelerys",
    });
  });

  it("keeps a title without a colon, or ending in one, whole", () => {
    assert.deepEqual(splitCoverTitle("A Kubernetes reading list for newcomers"), {
      title: "A Kubernetes reading list for newcomers",
    });
    assert.deepEqual(splitCoverTitle("Ends with: "), { title: "Ends with: " });
  });
});
