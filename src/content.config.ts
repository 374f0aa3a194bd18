import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

/** Story copy: one Markdown file per step, per locale (src/content/story/<locale>/NN-name.md). */
const story = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './src/content/story' }),
  schema: z
    .object({
      section: z.enum(['count', 'areas', 'exits']),
      /** What the section's figure shows while this step is active: a year, or an area view. */
      scene: z.string().regex(/^(\d{4}|overview|exits|south_xinjiang|tibet|dianxi|four_prov_tibetan|wumeng|liupan|dianguiqian|qinba|wuling|lvliang|luoxiao|yanshan_taihang|dabie|daxinganling)$/),
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
