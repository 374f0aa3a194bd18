import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

/** Story copy: one Markdown file per step, per locale (src/content/story/<locale>/NN-name.md). */
const story = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './src/content/story' }),
  schema: z
    .object({
      section: z.enum(['count', 'areas', 'exits']),
      /** What the section's figure shows while this step is active: a year; on the areas map an area id, overview or exits. */
      scene: z.string().regex(/^(\d{4}|overview|exits|[a-z][a-z_]*)$/),
    })
    .strict(),
});

export const collections = { story };
