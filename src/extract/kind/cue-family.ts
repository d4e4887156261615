// The hand cue of refiners/targets.ts, grouped: the kind model weighs "which sort of cue fired"
// (a modal, a plan verb, a capacity noun after the figure, …), and the fit finds out per group
// whether the hand rule is exact or a judgement the model should make.
const GROUPS: [RegExp, string][] = [
  [/^(?:could|would|will|shall|might|can|may)$/, 'modal'],
  [/^(?:expect|forecast|project|predict|anticipat|seen-|guid|outlook)/, 'forecast'],
  [/^offer/, 'offer'],
  [/^(?:plan|aim|target|want|intend|hope|seek|pledged|proposed)\w*-/, 'plan-to'],
  [/^(?:capacity)$/, 'capacity'],
  [/^(?:goal|target|ceiling|quotas?|cap|limit|allowance|baseline)$/, 'quota'],
  [/^budget/, 'budget'],
  [/^(?:designed|built|able)-to$|^(?:loads|handles|carries|processes|takes|holds|accommodates|receives)-up-to$/, 'able-to'],
  [/^(?:set|scheduled|due|poised|likely|unlikely)-to$|^(?:had|has|have)-targeted$|^scheduled-for$/, 'set-to'],
  [/^(?:capped|limited|restricted)-/, 'capped'],
  [/^(?:must|(?:obliged|required|supposed|agreed|committed)(?:-with-.*)?-to|(?:ordered|ordering|orders|instructed|directed)-.*-to|needs-.*|requirements?-of)$/, 'oblige'],
  [/^(?:with-.*-to-|possibly|potentially|perhaps)/, 'planned'],
  [/^(?:planned|proposed)$/, 'planned'],
  [/^(?:is|are|was|were)-to$/, 'be-to'],
  [/cost$/, 'cost'],
  [/^(?:assum|envis|foresaw|foresee|predicated|premised|built-on|calculat|earmark|pencil|allocat|based-on|on-the-basis)/, 'assume'],
];

/** The group of a hand cue (its match, lower case, spaces as "-"); `after` when it stood after the figure. */
export function cueFamily(cue: string, after: boolean): string {
  if (after) return /capacity|ceiling|quota|cap|target|limit|guidance|award|damages|budget/.test(cue) ? 'after-noun' : /^(?:could|would|will|might|can)-be$/.test(cue) ? 'after-modal' : 'after-passive';
  for (const [re, group] of GROUPS) if (re.test(cue)) return group;
  return 'other';
}
