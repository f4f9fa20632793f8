/** One expected result in a Recognizers-Text spec (`End` is inclusive). */
export interface SpecResult {
  Text: string;
  TypeName: string;
  Start?: number;
  End?: number;
  Resolution?: { value?: string | null; unit?: string; isoCurrency?: string; subtype?: string } | null;
}

export interface SpecCase {
  Input: string;
  Results: SpecResult[];
  /** Comma-separated platforms whose runner skips the case ("javascript, java"). */
  NotSupported?: string;
  NotSupportedByDesign?: string;
  Comment?: string;
}

/** Which claims a spec file's results are compared with. */
export type SpecModel = "number" | "percent" | "currency" | "dimension";

export interface CaseOutcome {
  input: string;
  passed: boolean;
  /** Why it failed: the expected results not found, or the spurious claims. */
  reason?: string;
}

export interface SpecFileResult {
  file: string;
  model: SpecModel;
  cases: number;
  skipped: number;
  evaluated: number;
  passed: number;
  /** passed / evaluated, in percent. */
  passRate: number;
  failures: CaseOutcome[];
}

export interface RecognizersRun {
  files: SpecFileResult[];
  overall: { evaluated: number; passed: number; skipped: number; passRate: number };
}
