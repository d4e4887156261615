// The cue-word families the measure model reads: each family is a list of lemmas, and every
// inflected form (export, exports, exported, exporting) is generated here once, so no rule types
// out word forms of its own. The model's features name families, never single words.
import { WordTable } from '../base/word-table';

export type Family =
  | 'export' | 'produce' | 'flow' | 'pipe' | 'pump' | 'load' | 'ship' | 'price' | 'benchmark'
  | 'revenue' | 'spend' | 'budget' | 'debt' | 'pay' | 'capacity' | 'stocks' | 'reserves'
  | 'import' | 'demand' | 'lose' | 'halt' | 'compliance' | 'share' | 'cut' | 'quota' | 'rise'
  | 'fall' | 'economy' | 'deal' | 'refine' | 'field' | 'port' | 'field-verb';

// Lemmas per family. Verbs and nouns both: inflect() adds -s/-es, -ed/-d and -ing forms, and
// irregular forms are listed as lemmas of their own.
const FAMILIES: Record<Family, readonly string[]> = {
  export: ['export', 'exporter', 'overseas', 'abroad', 'seaborne', 'sell', 'sold', 'sale'],
  produce: ['produce', 'production', 'producer', 'output', 'extract', 'extraction', 'upstream'],
  flow: ['flow', 'throughput', 'transit', 'carry', 'carried', 'move', 'transport', 'send', 'sent', 'deliver', 'delivery'],
  pipe: ['pipeline', 'pipe', 'line', 'trunkline'],
  pump: ['pump', 'pumping', 'piped'],
  load: ['load', 'loading', 'cargo', 'tanker', 'lift', 'liftings', 'berth'],
  ship: ['ship', 'shipment', 'shipping', 'via', 'through'],
  price: ['price', 'priced', 'settle', 'trade', 'futures', 'discount', 'premium', 'barrel', 'contract', 'cents'],
  benchmark: ['brent', 'wti', 'urals', 'dubai', 'oman', 'benchmark', 'basket'],
  // Not bare 'take': a pipe that can take N barrels is no income ("took in" is, as a particle verb below).
  revenue: ['revenue', 'income', 'earn', 'earning', 'receipt', 'proceeds'],
  spend: ['spend', 'spent', 'spending', 'expenditure', 'cost', 'salary', 'salaries', 'wage', 'pension', 'subsidy', 'subsidies', 'payroll', 'invest', 'investment', 'allocate', 'allocation'],
  budget: ['budget', 'fiscal', 'deficit', 'surplus'],
  debt: ['owe', 'owed', 'owing', 'debt', 'arrear', 'arrears', 'loan', 'borrow', 'repay', 'repayment', 'liability', 'liabilities', 'outstanding', 'creditor', 'due', 'dues', 'bond'],
  pay: ['pay', 'paid', 'payment', 'transfer', 'compensation', 'award', 'fine', 'settlement'],
  capacity: ['capacity', 'handle', 'able', 'design', 'designed', 'nameplate', 'capable', 'maximum', 'potential', 'sustainable'],
  stocks: ['stock', 'stockpile', 'inventory', 'inventories', 'storage', 'store', 'stored', 'tank', 'draw', 'drew', 'drawn', 'build', 'built', 'spr', 'cushing', 'eia', 'api'],
  reserves: ['reserve', 'proven', 'recoverable', 'deposit', 'discovery', 'discover', 'find'],
  import: ['import', 'importer', 'buy', 'bought', 'purchase', 'buyer', 'refiners'],
  demand: ['demand', 'consumption', 'consume', 'consumer', 'use', 'need', 'appetite'],
  lose: ['lose', 'lost', 'loss', 'offline', 'outage', 'disrupt', 'disruption', 'knock', 'knocked', 'idle', 'curtail', 'curtailment', 'damage', 'wipe', 'shortfall'],
  halt: ['halt', 'shut', 'shutdown', 'stop', 'stoppage', 'closure', 'close', 'blockade', 'suspend', 'suspension', 'force', 'majeure', 'attack', 'strike', 'sabotage', 'leak', 'fire'],
  compliance: ['compliance', 'comply', 'conformity', 'conform', 'adherence', 'adhere', 'overproduction', 'compensate', 'compensation'],
  // Not 'total', 'per' or 'quarter': they count and date things as often as they split them.
  share: ['percent', 'share', 'portion', 'proportion', 'account', 'third', 'majority'],
  cut: ['cut', 'reduce', 'reduction', 'curb', 'trim', 'lower', 'slash', 'restraint'],
  quota: ['quota', 'target', 'ceiling', 'baseline', 'cap', 'capped', 'limit', 'agree', 'agreement', 'pact', 'opec', 'pledge', 'plan', 'aim'],
  rise: ['rise', 'rose', 'risen', 'increase', 'gain', 'climb', 'jump', 'add', 'up', 'higher', 'rebound', 'recover', 'restore', 'resume', 'boost', 'raise'],
  fall: ['fall', 'fell', 'fallen', 'decline', 'drop', 'slip', 'slump', 'plunge', 'down', 'decrease', 'ease', 'dip', 'sank', 'sink', 'tumble', 'dive'],
  economy: ['gdp', 'economy', 'economic', 'growth', 'grew', 'grow', 'grown', 'shrank', 'shrink', 'contraction', 'recession', 'inflation', 'currency', 'dinar', 'rouble', 'ruble', 'naira', 'bolivar', 'foreign', 'central', 'bank', 'imf', 'tax', 'taxes'],
  deal: ['deal', 'worth', 'value', 'valued', 'acquire', 'acquisition', 'stake', 'bid', 'tender', 'project', 'fund', 'financing'],
  refine: ['refine', 'refinery', 'refineries', 'refining', 'run', 'crude-runs', 'gasoline', 'diesel', 'distillate', 'fuel'],
  field: ['field', 'oilfield', 'well', 'block', 'wellhead', 'upstream', 'concession'],
  port: ['port', 'terminal', 'buoy', 'jetty', 'harbour', 'harbor', 'ceyhan', 'basra'],
  'field-verb': ['drill', 'develop', 'tap'],
};

/** Regular inflections of a lemma, enough for news copy (flows, flowed, flowing; produces, produced, producing). */
function inflect(lemma: string): string[] {
  const forms = [lemma, `${lemma}s`, `${lemma}es`, `${lemma}ed`, `${lemma}d`, `${lemma}ing`];
  if (lemma.endsWith('e')) forms.push(`${lemma.slice(0, -1)}ing`);
  if (lemma.endsWith('y')) forms.push(`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`);
  // Doubled final consonant: cut → cutting, ship → shipped, slip → slipped, drop → dropped.
  if (/[^aeiou][aeiou][bdgmnprt]$/.test(lemma)) {
    const last = lemma.slice(-1);
    forms.push(`${lemma}${last}ed`, `${lemma}${last}ing`);
  }
  return forms;
}

function build(): ReadonlyMap<string, Family> {
  const map = new Map<string, Family>();
  for (const family of Object.keys(FAMILIES) as Family[]) {
    for (const lemma of FAMILIES[family]) {
      for (const form of inflect(lemma)) if (!map.has(form)) map.set(form, family);
    }
  }
  return map;
}

/** Word form (lower case) → its family. Built once at load; read-only afterwards. */
export const LEXICON: ReadonlyMap<string, Family> = build();

// Verbs whose particle changes what they mean: money "brought in" is earned, oil "shut in" is
// lost. Keyed by the verb form; the value is the particle and the family the pair belongs to.
// A Map, not an object: a word such as "constructor" must not find Object.prototype's member.
const PARTICLE_VERBS = new Map<string, readonly (readonly [string, Family])[]>();
for (const [verbs, particle, family] of [
  [['bring', 'brings', 'brought', 'bringing', 'take', 'takes', 'took', 'taken', 'taking', 'rake', 'raked', 'pull', 'pulled'], 'in', 'revenue'],
  [['shut', 'shuts', 'shutting'], 'in', 'lose'],
  [['cut', 'cuts', 'cutting'], 'off', 'lose'],
  [['take', 'takes', 'took', 'taken', 'taking', 'knock', 'knocked', 'knocks'], 'offline', 'lose'],
  [['pay', 'pays', 'paid', 'paying'], 'back', 'debt'],
] as const) {
  for (const v of verbs) PARTICLE_VERBS.set(v, [...(PARTICLE_VERBS.get(v) ?? []), [particle, family]]);
}

// The same tables read straight from the text, ignoring ASCII case: the measure features look up
// every word around every figure, and a lower-cased string made for each cost more than the rest.
const FAMILY_TABLE = new WordTable<Family>();
for (const [form, family] of LEXICON) FAMILY_TABLE.set(form, family);
const PARTICLE_TABLE = new WordTable<readonly (readonly [string, Family])[]>();
for (const [verb, pairs] of PARTICLE_VERBS) PARTICLE_TABLE.set(verb, pairs);

/** The family of the word text[from, to). */
export const familyAt = (text: string, from: number, to: number): Family | undefined => FAMILY_TABLE.get(text, from, to);

/** The family of the verb text[from, to) with its particle text[nextFrom, nextTo) ("took in" → revenue), else undefined. */
export function particleFamilyAt(text: string, from: number, to: number, nextFrom: number, nextTo: number): Family | undefined {
  const pairs = PARTICLE_TABLE.get(text, from, to);
  if (!pairs) return undefined;
  for (const [p, family] of pairs) if (sameWord(text, nextFrom, nextTo, p)) return family;
  return undefined;
}

/** Whether text[from, to) is `word` (lower case), ignoring ASCII case. */
function sameWord(text: string, from: number, to: number, word: string): boolean {
  if (to - from !== word.length) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(from + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}
