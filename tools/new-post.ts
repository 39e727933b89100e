/** `npm run new-post -- "Title"`: write posts/<today>-<slug>.md from the meetup template and print its path. */
import path from "node:path";
import { createPost, NewPostError } from "./new-post-file";
import { postsDirectory } from "../lib/collection/posts";

try {
  const file = path.relative(process.cwd(), createPost(process.argv.slice(2).join(" "), postsDirectory()));
  console.log(file);
  console.log(
    "Next: fill it in (CONTRIBUTING.md lists every field), preview it with npm run dev, then run npm run check.",
  );
} catch (error) {
  if (!(error instanceof NewPostError)) throw error;
  console.error(error.message);
  process.exit(1);
}
