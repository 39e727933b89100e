import type { CSSProperties } from "react";
import { initialsOf } from "@/lib/collection/meetup-callout";
import { sitePathUrl } from "@/lib/site";

/** `size` in CSS pixels; without it the place the avatar sits in sizes it (`--avatar-size` in app/globals.css). */
type PersonAvatarProps = { name: string; photo?: string; size?: number };

/** The site's one avatar, for speakers and organisers: a round photo, or the initials of the name said beside it. */
export function PersonAvatar({ name, photo, size }: PersonAvatarProps) {
  const style = size ? ({ "--avatar-size": `${size}px` } as CSSProperties) : undefined;
  if (photo) {
    const local = photo.startsWith("/") && !photo.startsWith("//");
    return (
      <img
        className="avatar"
        src={local ? sitePathUrl(photo) : photo}
        alt=""
        width={size ?? 160}
        height={size ?? 160}
        style={style}
        loading="lazy"
        decoding="async"
      />
    );
  }
  return (
    <span className="avatar" aria-hidden="true" style={style}>
      {initialsOf(name)}
    </span>
  );
}
