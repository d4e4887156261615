// The cue-word families the kind model reads (level or target): each family is a list of lemmas
// whose inflected forms are generated once, so a phrasing the hand cues in refiners/targets.ts
// never listed ("is obligated to hand over", "envisions", "the toll per barrel") still lands in a
// family the fitted weights know. Features name families, never single words.
import { WordTable } from '../base/word-table';

export type KindFamily =
  | 'modal' | 'future' | 'forecast' | 'plan' | 'deal' | 'oblige' | 'handover' | 'capacity' | 'quota'
  | 'budget' | 'cond' | 'offer' | 'fee' | 'observe' | 'be-past' | 'be-now' | 'past-time' | 'next-time'
  | 'negate' | 'report' | 'raise' | 'restore' | 'move' | 'approve';

const FAMILIES: Record<KindFamily, readonly string[]> = {
  // "may" is read apart (kindFamilyAt): capitalised it is a month.
  modal: ['will', 'would', 'could', 'can', 'shall', 'might', 'should', "'ll", 'wo'],
  future: ['going', 'set', 'due', 'poised', 'scheduled', 'slated', 'likely', 'unlikely', 'upcoming', 'soon', 'eventually', 'later', 'future', 'track', 'course', 'timeline', 'timetable'],
  forecast: ['expect', 'expectation', 'forecast', 'forecaster', 'project', 'projection', 'predict', 'prediction', 'anticipate', 'estimate', 'outlook', 'guidance', 'seen', 'scenario', 'view', 'consensus', 'analyst'],
  plan: ['plan', 'aim', 'intend', 'intention', 'target', 'goal', 'seek', 'sought', 'hope', 'want', 'wish', 'ambition', 'strategy', 'propose', 'proposal', 'envisage', 'envision', 'pledge', 'promise', 'vow', 'commit', 'commitment', 'roadmap', 'programme', 'program', 'intent', 'eye', 'ambitious'],
  deal: ['deal', 'agree', 'agreement', 'accord', 'pact', 'contract', 'terms', 'arrangement', 'memorandum', 'mou', 'treaty', 'under', 'negotiate', 'negotiation', 'talks', 'settlement', 'opec'],
  oblige: ['must', 'oblige', 'obligation', 'obligate', 'require', 'requirement', 'supposed', 'bound', 'undertake', 'undertook', 'mandate', 'mandatory', 'entitle', 'entitlement', 'needs', 'exchange'],
  handover: ['deliver', 'delivery', 'hand', 'handover', 'supply', 'provide', 'transfer', 'remit', 'surrender', 'give', 'given', 'allocate', 'guarantee', 'guaranteed'],
  // Not 'handle': "the terminal handles 250,000 bpd" is what it loads now ("handles up to" is a
  // capacity through its "up to", a feature of its own).
  capacity: ['capacity', 'capable', 'able', 'design', 'nameplate', 'maximum', 'max', 'potential', 'sustainable', 'spare', 'accommodate', 'built', 'build', 'room'],
  quota: ['quota', 'cap', 'ceiling', 'limit', 'baseline', 'allowance', 'allocation', 'allow', 'restrict', 'restriction', 'curb', 'curtail', 'permit'],
  budget: ['budget', 'assumption', 'assume', 'fiscal', 'draft', 'earmark', 'appropriation', 'breakeven', 'premise', 'predicated', 'pencil', 'basis', 'based'],
  cond: ['if', 'unless', 'provided', 'whether', 'otherwise', 'once', 'when'],
  offer: ['offer', 'bid', 'incentive', 'compensation', 'compensate', 'bonus', 'reward', 'tender', 'ask', 'request'],
  // A decision that lets something happen later: "authorised the release of", "approved a budget of".
  approve: ['approve', 'approval', 'authorise', 'authorize', 'authorisation', 'authorization', 'sanction', 'grant', 'endorse', 'ratify'],
  // Not 'per': every price is "per barrel".
  fee: ['fee', 'tariff', 'toll', 'charge', 'royalty', 'levy', 'surcharge'],
  observe: ['average', 'stand', 'stood', 'total', 'reach', 'hit', 'record', 'register', 'amount', 'hover', 'peak', 'export', 'produce', 'pump', 'ship', 'load', 'flow', 'sell', 'sold', 'earn', 'fell', 'rose', 'drop', 'climb', 'slump', 'rebound', 'settle', 'trade', 'fetch', 'change', 'hands'],
  'be-past': ['was', 'were', 'had', 'did'],
  'be-now': ['is', 'are', 'has', 'have', 'currently', 'now', 'still', 'already'],
  'past-time': ['last', 'ago', 'yesterday', 'earlier', 'previous', 'previously', 'since', 'before', 'prior', 'past'],
  'next-time': ['next', 'coming', 'tomorrow', 'starting', 'beginning', 'onward', 'onwards', 'until', 'within', 'forward', 'ahead'],
  negate: ['not', 'no', 'never', "n't", "can't", 'cannot', "won't", "couldn't", "wouldn't", 'without', 'nor', 'neither'],
  report: ['said', 'says', 'say', 'according', 'data', 'showed', 'show', 'report', 'statement', 'figures', 'told', 'tell', 'announce', 'calculation'],
  raise: ['raise', 'boost', 'increase', 'lift', 'expand', 'expansion', 'ramp', 'add', 'double', 'grow', 'higher'],
  restore: ['restore', 'resume', 'return', 'recover', 'restart', 'reopen', 'back'],
  move: ['rise', 'rose', 'risen', 'fall', 'fell', 'fallen', 'decline', 'climb', 'jump', 'slip', 'plunge', 'down', 'up'],
};

function inflect(lemma: string): string[] {
  const forms = [lemma, `${lemma}s`, `${lemma}es`, `${lemma}ed`, `${lemma}d`, `${lemma}ing`];
  if (lemma.endsWith('e')) forms.push(`${lemma.slice(0, -1)}ing`);
  if (lemma.endsWith('y')) forms.push(`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`);
  if (/[^aeiou][aeiou][bdgmnprt]$/.test(lemma)) forms.push(`${lemma}${lemma.slice(-1)}ed`, `${lemma}${lemma.slice(-1)}ing`);
  return forms;
}

const TABLE = new WordTable<KindFamily>();
const ALL = new Map<string, KindFamily>();
for (const family of Object.keys(FAMILIES) as KindFamily[]) {
  for (const lemma of FAMILIES[family]) {
    // The word table holds letters, digits and "-": an apostrophe form is matched apart.
    for (const form of inflect(lemma)) if (!ALL.has(form)) ALL.set(form, family);
  }
}
for (const [form, family] of ALL) if (/^[a-z0-9-]+$/.test(form)) TABLE.set(form, family);

/** Every family, in a fixed order (the features' names are built from it once). */
export const KIND_FAMILIES = Object.keys(FAMILIES) as KindFamily[];

/** The family of the word text[from, to), or undefined. */
export function kindFamilyAt(text: string, from: number, to: number): KindFamily | undefined {
  const c = text.charCodeAt(from);
  const len = to - from;
  // "may"/"might" in lower case only: "May" is a month.
  if (len === 3 && c === 109 && text.startsWith('may', from)) return 'modal';
  const hit = TABLE.get(text, from, to);
  if (hit) return hit;
  // Contractions ("can't", "won’t", "isn't") carry an apostrophe the table cannot hold.
  const last = text.charCodeAt(to - 1);
  if (len >= 3 && (last === 116 || last === 84) && (text.charCodeAt(to - 2) === 39 || text.charCodeAt(to - 2) === 0x2019) && (text.charCodeAt(to - 3) | 32) === 110) return 'negate';
  return undefined;
}

/** Whether the word text[from, to) is a past form with no family ("totalled", "exported" aside): ends in -ed. */
export const isEdWord = (text: string, from: number, to: number): boolean =>
  to - from > 4 && text.charCodeAt(to - 1) === 100 && text.charCodeAt(to - 2) === 101;
