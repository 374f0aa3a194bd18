/**
 * Lesson notes (/teach/): one file per catalogued chart or map and locale
 * (src/content/teach/<locale>/<slug>.md), plus one `page` file per locale (`_page.md`) for the
 * intro, key terms and caveats. Numbers are placeholders ({figure.*}, {national.*}, {calc.*}:
 * src/site/teach.ts). Plain zod, so the unit tests read the same schema as the content collection.
 */
import { z } from 'zod';

export const teachChartSchema = z
  .object({
    kind: z.literal('chart'),
    /** A slug of src/site/chart-catalog.ts; the file is named after it. */
    chart: z.string().regex(/^[a-z0-9-]+$/),
    shows: z.string().min(1),
    read: z.string().min(1),
    questions: z.array(z.string().min(1)).min(2).max(3),
    activity: z.string().min(1),
    answer: z.string().min(1),
  })
  .strict();

export const teachPageSchema = z
  .object({
    kind: z.literal('page'),
    title: z.string().min(1),
    intro: z.string().min(1),
    terms: z.array(z.object({ term: z.string().min(1), definition: z.string().min(1) }).strict()).min(4),
    caveats: z.array(z.string().min(1)).min(2),
  })
  .strict();

export const teachSchema = z.discriminatedUnion('kind', [teachChartSchema, teachPageSchema]);
export type TeachChartNotes = z.infer<typeof teachChartSchema>;
export type TeachPageNotes = z.infer<typeof teachPageSchema>;
