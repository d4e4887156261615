// The level/target decision: the hand cues where the fit found them exact on held-out articles,
// the fitted model for the rest (its families listed in the model file's `decides`).
import { FeatureList } from '../base/feature-list';
import type { HandKind } from '../refiners/targets';
import { isTarget, kindScoreList, type KindModel } from './model';

/** The tag a target gets, or null for a level. `features` is called only when the model decides. */
export function decideKind(model: KindModel, hand: HandKind, features: () => readonly string[] | FeatureList): string | null {
  if (!model.decides.includes(hand.family)) return hand.tag;
  const list = features();
  const target = list instanceof FeatureList ? kindScoreList(model, list) > 0 : isTarget(model, list);
  if (!target) return null;
  return hand.tag ?? 'target:model';
}
