import assert from "node:assert/strict";
import { it } from "node:test";
import { parseDateTime } from "../content/dates";
import { cfpState } from "./call-for-speakers";

const at = (value: string) => new Date(value);
const cfp = {
  opens: parseDateTime("2026-11-01"),
  closes: parseDateTime("2027-03-31"),
  url: "https://form.jotform.com/202446622615350",
};

it("a call opens at the start of its first day and takes proposals to the end of its last, London time", () => {
  assert.equal(cfpState(cfp, at("2026-10-31T23:59:59Z")), "before");
  assert.equal(cfpState(cfp, at("2026-11-01T00:00:00Z")), "open");
  // 31 March 2027 is in British Summer Time: the day ends at 23:00 UTC.
  assert.equal(cfpState(cfp, at("2027-03-31T22:59:59Z")), "open");
  assert.equal(cfpState(cfp, at("2027-03-31T23:00:00Z")), "closed");
});

it("a closing time, when given, is kept to the minute; a call without dates is always open", () => {
  const evening = { ...cfp, closes: parseDateTime("2027-03-31 18:00") };
  assert.equal(cfpState(evening, at("2027-03-31T16:59:00Z")), "open");
  assert.equal(cfpState(evening, at("2027-03-31T17:00:00Z")), "closed");
  assert.equal(cfpState({ url: cfp.url }, at("2030-01-01T00:00:00Z")), "open");
});
