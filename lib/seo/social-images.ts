import { formatDate } from "../content/dates";
import { decodePath, getLocalImageSize } from "../public-files";
import { getAllPostsIncludingHidden, type Post } from "../collection/posts";
import { absoluteUrl, site } from "../site";

/** An image that represents a page when it is shared: absolute URL, size when known, and its alt text. */
export type SocialImage = { url: string; width?: number; height?: number; alt: string };

/** A card to draw at build time: where it goes under the site root and the text on it. */
export type SocialCard = { path: string; title: string; subtitle: string };

/** The size of every generated card: the 1.91:1 shape Open Graph and Twitter large cards expect. */
export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 } as const;

const CARD_FOLDER = "/og/";
const SITE_CARD: SocialCard = { path: `${CARD_FOLDER}site.png`, title: site.name, subtitle: site.description };

/** The site path of a post's generated card. */
function socialCardPath(post: Pick<Post, "slug">): string {
  return `${CARD_FOLDER}${post.slug}.png`;
}

/** The image a post is shared with: its own `image`, else the card drawn for it at build time. */
export function getPostSocialImage(post: Post): SocialImage {
  const alt = post.title;
  if (!post.image) return { url: absoluteUrl(socialCardPath(post)), ...SOCIAL_CARD_SIZE, alt };
  // The post schema's imageRef: an https URL, or a site path (from the root) of a file under public/.
  if (/^https:\/\//i.test(post.image)) return { url: post.image, alt };
  return { url: absoluteUrl(encodeURI(decodePath(post.image))), ...getLocalImageSize(post.image), alt };
}

/** The image every page that is not a post is shared with. */
export function getSiteSocialImage(): SocialImage {
  return { url: absoluteUrl(SITE_CARD.path), ...SOCIAL_CARD_SIZE, alt: site.name };
}

/** Every card the build must draw: one per post page without an image, and one for the site. */
export function listSocialCards(): SocialCard[] {
  const cards = getAllPostsIncludingHidden()
    .filter((post) => !post.image)
    .map((post) => ({ path: socialCardPath(post), title: post.title, subtitle: formatDate(post.date) }));
  return [SITE_CARD, ...cards];
}
