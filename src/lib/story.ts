/** Story steps per locale, in file order, with their copy rendered and numbers filled from data/. */
import { getCollection } from 'astro:content';
import type { Locale } from './i18n.ts';
import { renderCopy } from './copy.ts';
import { national, figures, counties, areas, places } from './data.ts';

export interface StoryStep {
  id: string;
  section: 'count' | 'areas' | 'exits';
  scene: string;
  html: string;
}

export async function storySteps(locale: Locale): Promise<StoryStep[]> {
  const entries = (await getCollection('story')).filter((e) => e.id.startsWith(`${locale}/`)).sort((a, b) => a.id.localeCompare(b.id));
  return entries.map((e) => ({
    id: e.id,
    section: e.data.section,
    scene: e.data.scene,
    html: renderCopy(e.body ?? '', { national, figures, counties, areas, places }, locale, `src/content/story/${e.id}.md`),
  }));
}
