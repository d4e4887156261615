// Numbers with an in-scope unit that are still no oil or economic figure: an owner's part, odds,
// how far work has got, a part of a count, a company's share price, a reward, a ransom or bail.
// Each frame has sentences it must drop and, beside them, oil and money figures written with the
// same words nearby that it must keep.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const figures = (text: string) => extract(text, { published: '2031-03-10' }).figures.map((f) => [f.value, f.unit, f.kind]);

describe('numbers that are no figures', () => {
  it.each([
    'Velmont bought a 49 percent interest in the offshore block last year.',
    'Norsa sold its 25% holding in the venture to a local partner.',
    'The partners each keep a 10% working interest in the licence.',
    'The Kestrel trading arm is 100% owned by the state company.',
    'The field is run by Velmont, which owns 60 percent.',
    'The consortium is 51% controlled by the national oil company.',
    'About 10% of the 4,000 employees were laid off.',
    'Forecasters see a 70% chance of a hurricane entering the gulf this week.',
    'Repairs to the damaged pumping station are 80 percent complete, the operator said.',
    'Around 80 percent of the refinery\'s workers joined the strike.',
    'More than 70 percent of the tankers in the fleet are over 15 years old.',
    'The storm damaged 40 percent of the platforms in its path.',
    'The blackout left 40 percent of the city without power.',
    'Rebel groups now hold about 60% of the country.',
    'Shares of the driller rose 4 percent in early trade.',
    'Shares in Caldor Energy fell 2.5% on Monday.',
    'Caldor\'s shares were down 3 percent by midday.',
    'The company\'s stock slid nearly 6% on the news.',
    'The government offered a $5 million reward for information on the attackers.',
    'Militants demanded a ransom of $2 million for the kidnapped engineers.',
    'The family was told to raise bail of $250,000 for the engineer.',
  ])('"%s" gives nothing', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it.each([
    ['Crude stocks at the hub fell 6% in the week to Friday.', -6],
    ['The country\'s share of exports to Asia rose to 45 percent in March.', 45],
    ['About 40 percent of the fleet\'s exports went to China in May.', 40],
    ['Oil workers went on strike, cutting output by 20 percent on Monday.', -20],
    ['The central bank raised its key interest rate to 12 percent on Thursday.', 12],
    ['Output at the field is 80 percent of its capacity.', 80],
    ['The refinery meets 40% of the country\'s fuel needs.', 40],
    ['Velmont controls 30 percent of the country\'s crude exports.', 30],
    ['The company paid $1.2 billion for the stake, the ministry said.', 1.2e9],
    ['The government will spend $3 million on the repairs.', 3e6],
    // A fine or an award is money a decision sets: kept.
    ['A court fined the operator $3 million for the spill on Tuesday.', 3e6],
  ])('"%s" keeps its figure', (text, value) => {
    expect(figures(text).map(([v]) => v)).toContain(value);
  });
});
