// The candidates of the subject choice: every name or reference the hand rules weighed for one
// figure, with the terms of their score kept apart so the fitted model can weigh each one.
import type { Resolved } from '../resolve';

/**
 * Where the hand rules look, in their order: the figure's clause (names and typed references),
 * "it"/"flows" references in it, names right of the clause, then the sentences before and the
 * previous figure's subject. A later pass is read only when every earlier one found nothing.
 */
export type SubjectPass = 'clause' | 'generic' | 'wide' | 'before' | 'previous-figure';

/** The hand score's terms (refiners/subjects.ts), each as that rule computed it. */
export interface ScoreTerms {
  /** priority.ts: how well the thing's kind fits the figure's unit. */
  priority: number;
  /** roles.ts: standing aside from the sentence's subject (0 or SIDELINED). */
  sidelined: number;
  /** Characters between name and figure (in-sentence only). */
  chars: number;
  right: boolean;
  crossed: boolean;
  blocked: boolean;
  of: boolean;
  modifier: boolean;
  reference: boolean;
  aside: boolean;
  relative: boolean;
  /** "X's output" / "X's quota" right before the figure in its clause. */
  owner: boolean;
  /** Sentences back from the figure's (0 in its own). */
  back: number;
}

export interface SubjectOption {
  resolved: Resolved;
  pass: SubjectPass;
  /** The mention's index among its sentence's mentions (-1 for the previous figure's subject). */
  index: number;
  /** The hand rules' score within its pass. */
  score: number;
  terms: ScoreTerms;
}

const ORDER: readonly SubjectPass[] = ['clause', 'generic', 'wide', 'before'];

/**
 * The option the hand rules pick: the best score of the first pass that has any (the sentences
 * before and the previous figure are one pass), the earlier of equal scores.
 */
export function handPick(options: readonly SubjectOption[]): number | null {
  for (const pass of ORDER) {
    let best = -1;
    options.forEach((o, i) => {
      const p = o.pass === 'previous-figure' ? 'before' : o.pass;
      if (p === pass && (best < 0 || o.score > (options[best] as SubjectOption).score)) best = i;
    });
    if (best >= 0) return best;
  }
  return null;
}
