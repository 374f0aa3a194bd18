import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { teachSchema } from './site/teach-schema';
import { AREA_SCENES } from './lib/areas';
import { MAP_YEARS } from './lib/exits-map';
import { STORY_SECTIONS } from './lib/scenes';

/** Story copy: one Markdown file per step, per locale (src/content/story/<locale>/NN-name.md). */
const story = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './src/content/story' }),
  schema: z
    .object({
      section: z.enum(STORY_SECTIONS),
      /**
       * What the section's figure shows while this step is active: in the count, a year; in the
       * areas, one of AREA_SCENES; in the exits, one of the exits map's years; in the journey, the
       * id of the visit in data/places.json (JourneySection checks it names a visit).
       */
      scene: z.string(),
    })
    .strict()
    .superRefine((d, ctx) => {
      const valid =
        d.section === 'count'
          ? /^\d{4}$/.test(d.scene)
          : d.section === 'areas'
            ? AREA_SCENES.includes(d.scene)
            : d.section === 'exits'
              ? MAP_YEARS.map(String).includes(d.scene)
              : /^[a-z_]+$/.test(d.scene);
      if (!valid) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['scene'], message: `scene "${d.scene}" is not valid in section "${d.section}"` });
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
