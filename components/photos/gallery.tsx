import { browserScriptPath } from "@/lib/browser/browser-scripts";
import { getImageSources } from "@/lib/images/picture";
import { Picture } from "./picture";

/** One photo of a gallery: where it is and what it shows. */
export type GalleryPhoto = { src: string; alt: string };

/**
 * Consecutive photos of a post as a grid, each captioned with its alt text and linking to its full size: all
 * of it works without JavaScript. The viewer script (lib/browser/gallery-viewer.ts) opens them larger in a
 * dialog, with arrow keys and Escape, on pages that have a gallery only.
 */
export function Gallery({ photos }: { photos: readonly GalleryPhoto[] }) {
  return (
    <div className="gallery">
      <ul className="gallery-grid">
        {photos.map((photo, index) => {
          const image = getImageSources(photo.src, "gallery");
          return (
            <li key={`${index}-${photo.src}`}>
              <figure className="gallery-item">
                {image.fullSize ? (
                  <a href={image.fullSize} className="gallery-link">
                    <Picture image={image} alt={photo.alt} className="gallery-image" />
                    <span className="visually-hidden"> (full size)</span>
                  </a>
                ) : (
                  <Picture image={image} alt={photo.alt} className="gallery-image" />
                )}
                {photo.alt ? <figcaption>{photo.alt}</figcaption> : null}
              </figure>
            </li>
          );
        })}
      </ul>
      <script async type="module" src={browserScriptPath("gallery-viewer")} />
    </div>
  );
}
