// The articles of the generated archive (test/support/archive.ts): invented sentences, written for
// these tests, that the real extractor reads into figures of ~55 series — bbl/d flows from 20,000
// to 32 million, prices, shares, changes in %, monthly revenue — from sources of four kinds.
// Deterministic: the same code always writes the same articles (a seeded generator, no clock).

import { prng } from '../../scripts/bench/corpus';
import { addDays } from '../../src/series/periods';
import type { SourceKind } from '../../src/series/source-kind';

export type { SourceKind };

export interface ArchiveSource {
  name: string;
  kind: SourceKind;
}

/** Sources the archive's articles come from; names invented, kinds the four the dashboard filters by. */
export const ARCHIVE_SOURCES: readonly ArchiveSource[] = [
  { name: 'Oil Ministry bulletin', kind: 'ministry' },
  { name: 'Energy Ministry statement', kind: 'ministry' },
  { name: 'Northfield Petroleum release', kind: 'company' },
  { name: 'Gulf Crude Company release', kind: 'company' },
  { name: 'HullWatch tanker data', kind: 'tanker-tracker' },
  { name: 'TankerTrack Daily', kind: 'tanker-tracker' },
  { name: 'Meridian Wire', kind: 'wire' },
  { name: 'Petro Wire Service', kind: 'wire' },
];

type Style = 'bpd' | 'price' | 'share' | 'change' | 'usd';

interface SeriesSpec {
  /** The series id the extractor gives the sentence (checked when the archive is built). */
  id: string;
  style: Style;
  /** Typical size; the walk stays within ±40 % of it. */
  base: number;
  /** The sentence with {v} for the number's words and {d} for the date phrase. */
  say: string;
  /** Reported for a month ("in April") when the article is published in a month's first week. */
  monthly?: boolean;
}

const bpd = (id: string, base: number, say: string, monthly = false): SeriesSpec => ({ id, style: 'bpd', base, say, monthly });

export const ARCHIVE_SERIES: readonly SeriesSpec[] = [
  bpd('opec-production-bbl-d', 32_000_000, 'OPEC output stood at {v} {d}, a survey showed.'),
  bpd('saudi-arabia-production-bbl-d', 9_800_000, 'Saudi Arabia produced {v} {d}, according to the energy ministry.'),
  bpd('iraq-production-bbl-d', 4_400_000, 'Iraq produced {v} {d}.'),
  bpd('kuwait-production-bbl-d', 2_700_000, 'Kuwait pumped {v} {d}, the oil ministry said.'),
  bpd('uae-production-bbl-d', 3_100_000, 'The United Arab Emirates produced {v} {d}.'),
  bpd('libya-production-bbl-d', 1_100_000, 'Libya produced {v} {d}, the National Oil Corporation said.'),
  bpd('angola-production-bbl-d', 1_400_000, 'Angola produced {v} {d}.'),
  bpd('venezuela-production-bbl-d', 800_000, 'Venezuela produced {v} {d}.'),
  bpd('kazakhstan-production-bbl-d', 1_800_000, 'Kazakhstan produced {v} {d}.'),
  bpd('norway-production-bbl-d', 1_700_000, 'Norway produced {v} {d}.'),
  bpd('rosneft-production-bbl-d', 4_100_000, 'Rosneft produced {v} {d}.'),
  bpd('tawke-production-bbl-d', 110_000, 'The Tawke field pumped {v} {d}, its operator said.'),
  bpd('taq-taq-production-bbl-d', 20_000, 'Taq Taq produced {v} {d}.'),
  bpd('shaikan-production-bbl-d', 40_000, 'The Shaikan field produced {v} {d}.'),
  bpd('rumaila-production-bbl-d', 1_400_000, 'Rumaila produced {v} {d}.'),
  bpd('west-qurna-production-bbl-d', 450_000, 'West Qurna produced {v} {d}.'),
  bpd('majnoon-production-bbl-d', 240_000, 'Majnoon produced {v} {d}.'),
  bpd('sharara-production-bbl-d', 290_000, 'The Sharara field pumped {v} {d}.'),
  bpd('el-feel-production-bbl-d', 70_000, 'The El Feel field produced {v} {d}.'),
  bpd('tengiz-production-bbl-d', 600_000, 'Tengiz produced {v} {d}.'),
  bpd('kashagan-production-bbl-d', 350_000, 'Kashagan produced {v} {d}.'),
  bpd('iraq-exports-bbl-d', 3_500_000, 'Iraq exported {v} {d}, the oil ministry said.', true),
  bpd('saudi-arabia-exports-bbl-d', 7_100_000, 'Saudi Arabia exported {v} {d}.', true),
  bpd('russia-exports-bbl-d', 4_900_000, 'Russia exported {v} {d}.', true),
  bpd('kuwait-exports-bbl-d', 2_000_000, 'Kuwait exported {v} {d}.'),
  bpd('uae-exports-bbl-d', 2_400_000, 'The UAE exported {v} {d}.'),
  bpd('nigeria-exports-bbl-d', 1_600_000, 'Nigeria exported {v} {d}.'),
  bpd('angola-exports-bbl-d', 1_300_000, 'Angola exported {v} {d}.'),
  bpd('libya-exports-bbl-d', 900_000, 'Libya exported {v} {d}.'),
  bpd('iran-exports-bbl-d', 1_500_000, 'Iran exported {v} {d}.', true),
  bpd('kurdistan-exports-bbl-d', 420_000, 'The Kurdistan region exported {v} {d}.', true),
  bpd('kurdistan-pipeline-flow-bbl-d', 450_000, 'Crude flowing through the Kurdistan pipeline to Ceyhan was {v} {d}, a shipping source said.'),
  bpd('druzhba-flow-bbl-d', 1_000_000, 'Flows through the Druzhba pipeline were {v} {d}.'),
  bpd('federal-pipeline-flow-bbl-d', 150_000, 'Flows through the federal pipeline were {v} {d}.'),
  bpd('ceyhan-loadings-bbl-d', 380_000, 'Loadings at Ceyhan averaged {v} {d}, tanker tracking data showed.'),
  bpd('basra-terminals-loadings-bbl-d', 3_100_000, 'Basra terminals loaded {v} {d}.'),
  bpd('es-sider-loadings-bbl-d', 250_000, 'Es Sider loaded {v} {d}.'),
  bpd('ras-lanuf-loadings-bbl-d', 200_000, 'Ras Lanuf loaded {v} {d}.'),
  bpd('novorossiysk-loadings-bbl-d', 650_000, 'Novorossiysk loaded {v} {d}.'),
  bpd('primorsk-loadings-bbl-d', 900_000, 'Primorsk loaded {v} {d}.'),
  bpd('ust-luga-loadings-bbl-d', 700_000, 'Ust-Luga loaded {v} {d}.'),
  { id: 'brent-price-usd-bbl', style: 'price', base: 65, say: 'Brent crude settled at {v} {d}.' },
  { id: 'wti-price-usd-bbl', style: 'price', base: 60, say: 'WTI settled at {v} {d}.' },
  { id: 'dubai-price-usd-bbl', style: 'price', base: 63, say: 'Dubai crude was at {v} {d}.' },
  { id: 'urals-price-usd-bbl', style: 'price', base: 58, say: 'Urals traded at {v} {d}.' },
  { id: 'basra-light-price-usd-bbl', style: 'price', base: 62, say: 'Basra Light sold at {v} {d}.' },
  { id: 'oman-crude-price-usd-bbl', style: 'price', base: 63, say: 'Oman crude traded at {v} {d}.' },
  { id: 'espo-price-usd-bbl', style: 'price', base: 64, say: 'ESPO traded at {v} {d}.' },
  { id: 'kurdistan-share-pct', style: 'share', base: 12, say: "Kurdistan's share of Iraq's exports was {v} {d}." },
  { id: 'tawke-share-pct', style: 'share', base: 25, say: "The Tawke field accounted for {v} of Kurdistan's exports {d}." },
  { id: 'basra-terminals-share-pct', style: 'share', base: 85, say: "Basra terminals handled {v} of Iraq's exports {d}." },
  { id: 'saudi-arabia-exports-pct', style: 'change', base: 3, say: "Saudi Arabia's exports {v} {d}." },
  { id: 'russia-production-pct', style: 'change', base: 2, say: "Russia's output {v} {d}." },
  { id: 'libya-production-pct', style: 'change', base: 6, say: "Libya's output {v} {d}." },
  { id: 'iraq-revenue-usd', style: 'usd', base: 6_000_000_000, say: "Iraq's oil revenue was {v} {d}.", monthly: true },
];

export const ARCHIVE_EVENTS = [
  { id: 'archive-pipeline-halt', date: '2018-03-25', label: 'Northern pipeline halted', aliases: ['pipeline halt'] },
  { id: 'archive-output-deal', date: '2019-01-01', label: 'Producers’ output deal takes effect', aliases: ['output deal'] },
  { id: 'archive-terminal-strike', date: '2020-06-10', label: 'Terminal workers strike', aliases: ['terminal strike'] },
];

export interface ArchiveArticle {
  text: string;
  title: string;
  source: string;
  url: string;
  published: string;
  /** [series id, value] of each figure a sentence states, as the extractor should read it. */
  stated: [string, number][];
}

export const ARCHIVE_START = '2016-01-04';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FILLER = [
  'Traders said the market was watching talks between producers closely.',
  'Officials did not comment on the figures.',
  'Shipping agents said tankers were waiting to berth after bad weather.',
  'Analysts expect the pattern to hold through the coming weeks.',
  'The report did not give a reason for the change.',
];

function words(spec: SeriesSpec, value: number): string {
  switch (spec.style) {
    case 'bpd':
      return value >= 1_000_000 ? `${(value / 1_000_000).toFixed(2)} million bpd` : `${Math.round(value / 1000).toLocaleString('en-US')},000 bpd`;
    case 'price':
      return `$${value.toFixed(2)} a barrel`;
    case 'share':
      return `${value.toFixed(1)} percent`;
    case 'change':
      return `${value < 0 ? 'fell' : 'rose'} ${Math.abs(value).toFixed(1)} percent`;
    case 'usd':
      return `$${(value / 1e9).toFixed(2)} billion`;
  }
}

/** The value the sentence states, as the extractor will read it back. */
function statedValue(spec: SeriesSpec, value: number): number {
  switch (spec.style) {
    case 'bpd':
      return value >= 1_000_000 ? Math.round(value / 10_000) * 10_000 : Math.round(value / 1000) * 1000;
    case 'price':
      return Number(value.toFixed(2));
    case 'share':
    case 'change':
      return Number(value.toFixed(1));
    case 'usd':
      return Math.round(value / 1e7) * 1e7;
  }
}

/**
 * `count` articles, one per day from ARCHIVE_START (distinct publication dates), ten figure
 * sentences each. Every tenth article repeats a figure of the day before from another source:
 * alternately the same value (one observation, two sources) and 4 % off (a disagreement).
 */
export function archiveArticles(count = 2000, seed = 13): ArchiveArticle[] {
  const rnd = prng(seed);
  const level = ARCHIVE_SERIES.map((s) => s.base);
  const perArticle = 10;
  const articles: ArchiveArticle[] = [];
  type Said = { value: number; spec: SeriesSpec; dateWords: string };
  let previous: Said | null = null;
  for (let i = 0; i < count; i++) {
    const published = addDays(ARCHIVE_START, i);
    const day = addDays(published, -1);
    const [, m, d] = day.split('-').map(Number) as [number, number, number];
    const onDay = `on ${MONTHS[m - 1]} ${d}`;
    const pubDay = Number(published.slice(8, 10));
    const pubMonth = Number(published.slice(5, 7));
    const lastMonth = MONTHS[(pubMonth + 10) % 12]!;
    const sentences: string[] = [];
    const stated: [string, number][] = [];
    let first: Said | null = null;
    for (let j = 0; j < perArticle; j++) {
      // Ten different series per article (consecutive slots), starting 7 further on each day.
      const index = (i * 7 + j) % ARCHIVE_SERIES.length;
      const spec = ARCHIVE_SERIES[index]!;
      if (spec.style === 'change') level[index] = (rnd() - 0.5) * 2 * spec.base || 0.5;
      else level[index] = Math.min(spec.base * 1.4, Math.max(spec.base * 0.6, level[index]! * (1 + (rnd() - 0.5) * 0.06)));
      const value = level[index]!;
      const dateWords = spec.monthly && pubDay <= 7 ? `in ${lastMonth}` : onDay;
      const sentence = spec.say.replace('{v}', words(spec, value)).replace('{d}', dateWords);
      sentences.push(sentence);
      stated.push([spec.id, statedValue(spec, value)]);
      if (j === 0 && !dateWords.startsWith('in ')) first = { value, spec, dateWords };
    }
    if (i % 10 === 9 && previous) {
      const agrees = i % 20 === 19;
      const value = agrees ? previous.value : previous.value * 1.04;
      stated.push([previous.spec.id, statedValue(previous.spec, value)]);
      sentences.push(`${previous.spec.say.replace('{v}', words(previous.spec, value)).replace('{d}', previous.dateWords)}`.replace(/\.$/, ', an earlier report said.'));
    }
    sentences.splice(3, 0, FILLER[i % FILLER.length]!);
    previous = first;
    const source = ARCHIVE_SOURCES[(i * 3) % ARCHIVE_SOURCES.length]!;
    articles.push({
      text: sentences.join(' '),
      title: `Oil market report ${published}`,
      source: source.name,
      url: `https://news.example/archive/${published}`,
      published,
      stated,
    });
  }
  return articles;
}
