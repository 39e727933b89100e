import { initialsOf } from "@/lib/collection/meetup-callout";
import { sitePathUrl } from "@/lib/site";

type PersonAvatarProps = { name: string; photo?: string; size: number };

/** A round face for a speaker: their photo, or their initials where there is none. The name is said elsewhere. */
export function PersonAvatar({ name, photo, size }: PersonAvatarProps) {
  if (photo) {
    const local = photo.startsWith("/") && !photo.startsWith("//");
    return (
      <img
        className="avatar"
        src={local ? sitePathUrl(photo) : photo}
        alt=""
        width={size}
        height={size}
        loading="lazy"
        decoding="async"
      />
    );
  }
  return (
    <span className="avatar avatar-initials" aria-hidden="true" style={{ width: size, height: size }}>
      {initialsOf(name)}
    </span>
  );
}
