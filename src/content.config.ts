import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

/** Story copy: one Markdown file per step, per locale (src/content/story/<locale>/NN-name.md). */
const story = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './src/content/story' }),
  schema: z
    .object({
      section: z.enum(['count', 'areas', 'exits', 'journey']),
      /** What the section's figure shows while this step is active: a year, an area view, or (journey) the id of a visit in data/places.json. */
      scene: z.string().regex(/^(\d{4}|all|known|[a-z_]+)$/),
    })
    .strict(),
});

/**
 * Prose blocks outside the story steps (hero definition, section intros, figure notes, method
 * paragraphs): src/content/blocks/<locale>/<name>.md, rendered by the same placeholder resolver.
 */
const blocks = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './src/content/blocks' }),
  schema: z.object({}).strict(),
});

export const collections = { story, blocks };
