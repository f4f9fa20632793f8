import type { ExtractedClaim, ExtractOptions } from "../extraction/types";

/** The extractor under measurement: `extractClaims` or a stand-in. */
export type ExtractFn = (text: string, options?: ExtractOptions) => ExtractedClaim[];
