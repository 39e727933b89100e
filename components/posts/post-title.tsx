import { splitCoverTitle } from "@/lib/content/cover-title";

/** A post's title as headings show it: the series part ("Cloud Native London, October 2018") small, over the rest. */
export function PostTitle({ title }: { title: string }) {
  const { kicker, title: main } = splitCoverTitle(title);
  if (!kicker) return title;
  // The colon stays in the text, unseen, so that the heading still reads as the whole title.
  return (
    <>
      <span className="kicker">
        {kicker}
        <span className="kicker-colon">: </span>
      </span>
      <span className="title-main">{main}</span>
    </>
  );
}
