import Link from "next/link";

export const metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <section className="not-found">
      <p className="eyebrow">404</p>
      <h1>This page is not here</h1>
      <p>The link may be old, or the page may have moved. The writeups of every meetup are still on the site.</p>
      <p className="not-found-actions">
        <Link href="/" prefetch={false} className="button">
          See the latest posts
        </Link>{" "}
        <Link href="/tags/" prefetch={false}>
          Browse by tag
        </Link>
      </p>
    </section>
  );
}
