export { groupClaims } from "./group";
export { judge, type JudgeInput, type Judgement } from "./verdict";
export { intervalOf, type Interval } from "./interval";
export { convert, unitFamily } from "./units";
export type { ClaimGroupResult, ComparableClaim, Verdict } from "./types";
export { origins, sameWording } from "./origin";
export { convertCurrencies, restatedPairs } from "./currency";
