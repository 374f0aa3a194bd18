/**
 * The story's sections and the ids of the areas map's own scenes: their one home. A step of the
 * story (src/content/story/<locale>/*.md) names its section and its scene; what a scene id means
 * is up to the section's figure (src/content.config.ts checks each against these lists). No
 * imports, so the browser bundles it for a few bytes.
 */

/** The story's sections, in reading order: also the ids of their <section> elements. */
export const STORY_SECTIONS = ['count', 'areas', 'exits', 'journey'] as const;
export type StorySection = (typeof STORY_SECTIONS)[number];

/** The areas map's opening scene: every area in its own colour, no zoom. */
export const OVERVIEW = 'overview';
/** The areas map's closing scene: the areas' counties by the year they left the list. */
export const EXITS = 'exits';
