// The rare words a few rules start from ("a third", "halved", "the rest"), found in one pass
// over the text and shared: one alternation costs less than an indexOf per word, and most texts
// hold none of them, so the rules that use them do nothing at all.
import type { ExtractContext } from '../base/context';
import { perArticle } from '../base/memo';

export interface CueWord {
  at: number;
  /** The word as written ("third", "Half", "one in ", "the rest"). */
  word: string;
}

const CUES = /[Hh]alf|third|quarter|fifth|tenth|[Oo]ne in |halved|doubled|tripled|trebled|the (?:rest|remainder|balance)\b/g;
const perText = perArticle<null, CueWord[]>();

export function cueWords(ctx: ExtractContext): CueWord[] {
  return perText(ctx, null, findCues);
}

function findCues(ctx: ExtractContext): CueWord[] {
  const hits: CueWord[] = [];
  CUES.lastIndex = 0;
  for (let m = CUES.exec(ctx.text); m; m = CUES.exec(ctx.text)) hits.push({ at: m.index, word: m[0] });
  return hits;
}
