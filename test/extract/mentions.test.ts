// The mention scan (src/extract/subjects/mentions.ts) tries all the aliases a word opens in one
// pattern; it must find what trying them one by one, longest first, finds — including when the
// longest runs past the sentence's end and a shorter one must be taken instead.
import { describe, expect, it } from 'vitest';
import { defaultGazetteer } from '../../src/extract/subjects/gazetteer';
import { findMentions } from '../../src/extract/subjects/mentions';

const names = (text: string, end = text.length) =>
  findMentions(text, 0, end, defaultGazetteer).map((m) => [text.slice(m.start, m.end), m.entity?.id ?? m.refers]);

describe('gazetteer names sharing a first word', () => {
  it('take the longest alias that matches', () => {
    expect(names('Norland said Kirkuk oil production rose while Kirkuk crude traded lower near Kirkuk city.')).toEqual([
      ['Kirkuk oil production', 'kirkuk-fields'],
      ['Kirkuk crude', 'kirkuk-crude'],
      ['Kirkuk city', 'kirkuk'],
    ]);
  });

  it('take a shorter alias when the longer one would run past the end of the sentence', () => {
    const text = 'Tankers left Kirkuk\nCeyhan pipeline flows rose.';
    const end = text.indexOf('\n');
    expect(names(text, end)).toEqual([['Kirkuk', 'kirkuk']]);
    expect(names(text)).toEqual([['Kirkuk\nCeyhan pipeline', 'kurdistan-pipeline'], ['flows', 'generic']]);
  });

  it('are found in any case for most aliases', () => {
    expect(names('KIRKUK FIELDS pumped more.')).toEqual([['KIRKUK FIELDS', 'kirkuk-fields']]);
  });
});
