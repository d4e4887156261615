// A sentence fronted by the deal it applies ("Under the new deal on output cuts, …", "As part of
// the OPEC+ agreement, …"): every change in it is what the deal asks for (planned-changes.ts), and
// so is a level its present-tense verb states (targets.ts). A dateline may stand before it
// ("VELMAR (Agency) Under the deal, …").
export const UNDER_DEAL = /(?:^\W*|\)\s*)(?:under|as\s+part\s+of|in\s+line\s+with)\s+(?:the\s+|a\s+|an\s+|this\s+|its\s+)?(?:[\w'’+-]+\s+){0,6}?(?:deal|agreement|pact|accord|declaration)\b[^,]{0,80},/i;
