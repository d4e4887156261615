// "over the weekend", "last weekend": the Saturday and Sunday on or before publication.
import type { TimePhrase } from './phrase';

export const weekend: TimePhrase = {
  group: 'weekend',
  pattern: String.raw`\b(?<weekend>(?:over|at|during)\s+the\s+weekend|last\s+weekend|this\s+weekend)\b`,
  opens: ['over', 'at', 'during', 'last', 'this'].map((w) => String.raw`${w}\s+(?:the\s+)?weekend`),
  spec: () => ({ type: 'weekend' }),
  examples: ['over the weekend', 'at the weekend', 'during the weekend', 'last weekend', 'this weekend'],
};
