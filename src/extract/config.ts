// The extractor is this list. Parsers find figures; refiners, in order, shape them, drop the
// ones that are not figures, and derive the levels the text implies. A new rule is a small file
// and one line here.
import type { Parser, Refiner } from './base/context';
import { numberParser } from './parsers/number';
import { digitFractionParser } from './parsers/digit-fraction';
import { halfPercentParser } from './parsers/half-percent';
import { fractionWords, strayFractions } from './refiners/fraction-words';
import { ranges } from './refiners/ranges';
import { perBarrel } from './refiners/per-barrel';
import { perGallon } from './refiners/per-gallon';
import { foreignDollars } from './refiners/foreign-dollars';
import { sensitivities } from './refiners/sensitivities';
import { conditions } from './refiners/conditions';
import { negative } from './refiners/negative';
import { dailyBarrels } from './refiners/daily-barrels';
import { unitCarry } from './refiners/unit-carry';
import { dropUnitless } from './refiners/drop-unitless';
import { qualifiers } from './refiners/qualifiers';
import { declineSize } from './refiners/decline-size';
import { changes } from './refiners/changes';
import { moneyLost } from './refiners/money-lost';
import { lostOutput } from './refiners/lost-output';
import { restoredVolume } from './refiners/restored-volume';
import { gappedChanges } from './refiners/gapped-changes';
import { shares } from './refiners/shares';
import { targets } from './refiners/targets';
import { plannedChanges } from './refiners/planned-changes';
import { alternatives } from './refiners/alternatives';
import { restatedRate } from './refiners/restated-rate';
import { bracketed } from './refiners/bracketed';
import { nonEconomic } from './refiners/non-economic';
import { nonEconomicSums } from './refiners/non-economic-sums';
import { vesselSize } from './refiners/vessel-size';
import { companyShares } from './refiners/company-shares';
import { exchangeRates } from './refiners/exchange-rates';
import { subjects } from './refiners/subjects';
import { dates } from './refiners/dates';
import { attribution } from './refiners/attribution';
import { measure } from './refiners/measure';
import { fractionOfEarlierLevel } from './derived/fraction-of-earlier-level';
import { fractionOfFigure } from './derived/fraction-of-figure';
import { derivedShares } from './derived/shares';
import { previousFromChange } from './derived/previous-from-change';
import { gapToReference } from './derived/gap-to-reference';
import { previousFromMultiple } from './derived/previous-from-multiple';
import { levelBeforeLoss } from './derived/level-before-loss';
import { fractionLost } from './derived/fraction-lost';
import { remainder } from './derived/remainder';
import { multipleSince } from './derived/multiple-since';
import { statedBefore } from './derived/stated-before';
import { confidence } from './refiners/confidence';

export interface ExtractorConfig {
  parsers: Parser[];
  refiners: Refiner[];
}

export const defaultConfig: ExtractorConfig = {
  parsers: [numberParser, digitFractionParser, halfPercentParser],
  refiners: [
    fractionWords,
    ranges,
    dailyBarrels,
    unitCarry,
    dropUnitless,
    foreignDollars,
    perGallon,
    sensitivities,
    conditions,
    perBarrel,
    negative,
    qualifiers,
    declineSize,
    changes,
    moneyLost,
    lostOutput,
    restoredVolume,
    gappedChanges,
    shares,
    strayFractions,
    targets,
    plannedChanges,
    alternatives,
    restatedRate,
    bracketed,
    nonEconomic,
    nonEconomicSums,
    vesselSize,
    companyShares,
    exchangeRates,
    subjects,
    dates,
    attribution,
    measure,
    fractionOfEarlierLevel,
    fractionOfFigure,
    derivedShares,
    gapToReference,
    previousFromChange,
    previousFromMultiple,
    multipleSince,
    levelBeforeLoss,
    fractionLost,
    remainder,
    statedBefore,
    confidence,
  ],
};
