/** A child of the social-images step: draws the cards it is given on stdin (JSON) into the cache. */
import { text } from "node:stream/consumers";
import { renderCardsInto } from "./social-card-render";

await renderCardsInto(JSON.parse(await text(process.stdin)));
