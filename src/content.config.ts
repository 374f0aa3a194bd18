import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { teachSchema } from './site/teach-schema';

/** Story copy: one Markdown file per step, per locale (src/content/story/<locale>/NN-name.md). */
const story = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './src/content/story' }),
  schema: z
    .object({
      section: z.enum(['count', 'areas', 'exits', 'journey']),
      /**
       * What the section's figure shows while this step is active: a year, or an area view; in the
       * journey, the id of the visit in data/places.json (JourneySection checks it names a visit).
       */
      scene: z.string(),
    })
    .strict()
    .superRefine((d, ctx) => {
      const scene =
        d.section === 'journey'
          ? /^[a-z_]+$/
          : /^(\d{4}|overview|exits|south_xinjiang|tibet|dianxi|four_prov_tibetan|wumeng|liupan|dianguiqian|qinba|wuling|lvliang|luoxiao|yanshan_taihang|dabie|daxinganling)$/;
      if (!scene.test(d.scene)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['scene'], message: `scene "${d.scene}" is not valid in section "${d.section}"` });
    }),
});

/**
 * Prose blocks outside the story steps (hero definition, section intros, figure notes, method
 * paragraphs): src/content/blocks/<locale>/<name>.md, rendered by the same placeholder resolver.
 */
const blocks = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './src/content/blocks' }),
  schema: z.object({}).strict(),
});

/** Lesson notes (/teach/): see src/site/teach-schema.ts. */
const teach = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './src/content/teach' }),
  schema: teachSchema,
});

export const collections = { story, blocks, teach };
