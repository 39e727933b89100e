/** The link to a post's Twitter Moment (its `twitter_moment` field), as the old Jekyll theme showed it. */
export function TwitterMomentLink({ url }: { url?: string }) {
  if (!url) return null;
  return (
    <p className="twitter-moment" data-pagefind-ignore>
      <a href={url}>See the tweets from this event: the Twitter Moment on X/Twitter</a>
    </p>
  );
}
