/**
 * Interface strings of the county finder (src/components/CountyFinder.astro, src/client/finder.ts).
 * Both locales have the same keys; `{n}`, `{q}`, `{year}` are filled in by fill().
 * To be merged into src/i18n/en.ts / zh.ts by the integrator.
 */
import type { Locale } from './locales.ts';

const en = {
  finderTitle: 'Find a county',
  finderLead:
    'Look up any of the {total} poverty-stricken counties by its Chinese name, its pinyin or its English name: the year it left the list and the contiguous destitute area it belongs to.',
  finderLabel: 'County name',
  finderHint: 'For example 临泉, lin quan or Linquan County',
  finderLoading: 'Loading the county list…',
  finderLoadError: 'The county list could not be loaded. Reload the page to try again.',
  finderCountOne: '1 county matches.',
  finderCountMany: '{n} counties match.',
  finderCountMore: '{n} counties match; the first {shown} are listed.',
  finderNoMatch: 'No county matches “{q}”.',
  finderDidYouMean: 'Did you mean:',
  finderOutside: '{name} is not one of the {total} poverty-stricken counties.',
  finderChosen: '{name}: left the list in {year}.',
  finderNoSuggestion: 'Try the Chinese name, the pinyin without tones, or the English name.',
  finderResults: 'Matching counties',
  finderProvince: 'Province',
  finderPrefecture: 'Prefecture',
  finderWhere: '{prefecture}, {province}',
  finderDirect: 'directly under the province',
  finderExit: 'Left the list',
  finderExitYear: 'in {year}',
  finderArea: 'Contiguous destitute area',
  finderAreaNone: 'not identified',
  finderAreaNoneNote: 'The sources used here do not place this county in one of the {areas} areas; several areas’ county lists are incomplete.',
  finderLink: 'Link to this county',
  finderCopy: 'Copy link',
  finderCopied: 'Link copied.',
  finderCopyFailed: 'Select the link and copy it.',
  finderNoScript: 'The county finder needs JavaScript. The full list of counties is in the data downloads:',
  finderDownload: 'counties (CSV)',
  finderSource: 'Source: the list of {total} counties and their exit years as announced; contiguous areas as in the areas dataset.',
  pageTitle: 'Find a county',
  pageDescription: 'Look up any of China’s {total} poverty-stricken counties: when it left the list and the contiguous destitute area it belongs to.',
} as const;

type FinderStrings = { readonly [K in keyof typeof en]: string };

const zh: FinderStrings = {
  finderTitle: '查找贫困县',
  finderLead: '输入中文名、拼音或英文名，查找{total}个贫困县中的任何一个：何年摘帽、属于哪个集中连片特困地区。',
  finderLabel: '县名',
  finderHint: '例如：临泉、lin quan 或 Linquan County',
  finderLoading: '正在加载县名列表……',
  finderLoadError: '县名列表未能加载，请刷新页面重试。',
  finderCountOne: '找到1个县。',
  finderCountMany: '找到{n}个县。',
  finderCountMore: '找到{n}个县，列出前{shown}个。',
  finderNoMatch: '没有与“{q}”匹配的县。',
  finderDidYouMean: '您是否要找：',
  finderOutside: '{name}不在{total}个贫困县之列。',
  finderChosen: '{name}：{year}年摘帽。',
  finderNoSuggestion: '请尝试中文名、不带声调的拼音或英文名。',
  finderResults: '匹配的县',
  finderProvince: '省份',
  finderPrefecture: '地市',
  finderWhere: '{province}{prefecture}',
  finderDirect: '省直辖',
  finderExit: '摘帽年份',
  finderExitYear: '{year}年',
  finderArea: '集中连片特困地区',
  finderAreaNone: '未确定',
  finderAreaNoneNote: '本站所用资料未将该县列入{areas}个片区之一；部分片区的县名单不完整。',
  finderLink: '本县链接',
  finderCopy: '复制链接',
  finderCopied: '链接已复制。',
  finderCopyFailed: '请选中链接后复制。',
  finderNoScript: '县名查找需要浏览器启用脚本。完整的县名单可在数据下载中获取：',
  finderDownload: '贫困县（CSV）',
  finderSource: '来源：官方公布的{total}个贫困县名单及摘帽年份；片区归属见片区数据集。',
  pageTitle: '查找贫困县',
  pageDescription: '查找中国{total}个贫困县中的任何一个：何年摘帽、属于哪个集中连片特困地区。',
};

export type FinderStringKey = keyof typeof en;
export const FINDER_STRINGS: Readonly<Record<Locale, FinderStrings>> = { en, zh };

export function finderStrings(locale: Locale): FinderStrings {
  return FINDER_STRINGS[locale];
}

/** Fills {name} placeholders; unknown names are left as they are. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (Object.prototype.hasOwnProperty.call(values, k) ? String(values[k]) : m));
}
