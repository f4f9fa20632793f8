import { readFileSync } from "node:fs";
import path from "node:path";
import { extractClaims } from "../../extraction";
import type { ExtractedClaim } from "../../extraction/types";
import type { ExtractFn } from "../extractor";
import { evaluateCase } from "./match";
import type { CaseOutcome, RecognizersRun, SpecCase, SpecFileResult, SpecModel } from "./types";

/** The spec files the issue asks for, relative to the recognizers-text-en folder. */
export const DEFAULT_SPEC_FILES: readonly { file: string; model: SpecModel }[] = [
  { file: "Number/NumberModel.json", model: "number" },
  { file: "Number/PercentModel.json", model: "percent" },
  { file: "NumberWithUnit/CurrencyModel.json", model: "currency" },
  { file: "NumberWithUnit/DimensionModel.json", model: "dimension" },
];

export interface RunRecognizersOptions {
  files?: readonly { file: string; model: SpecModel }[];
  /** Failing cases kept per file. */
  maxFailures?: number;
}

/**
 * Runs the extractor on every spec case (skipping those the JavaScript
 * implementation marks NotSupported / NotSupportedByDesign) and scores each
 * case with evaluateCase's pass rule.
 */
export function runRecognizersSpecs(
  dir: string,
  extract: ExtractFn = extractClaims,
  options: RunRecognizersOptions = {},
): RecognizersRun {
  const files = (options.files ?? DEFAULT_SPEC_FILES).map(({ file, model }) =>
    runSpecFile(path.join(dir, file), file, model, extract, options.maxFailures ?? 5),
  );
  const evaluated = sum(files.map((file) => file.evaluated));
  const passed = sum(files.map((file) => file.passed));
  return {
    files,
    overall: {
      evaluated,
      passed,
      skipped: sum(files.map((file) => file.skipped)),
      passRate: evaluated === 0 ? 0 : (100 * passed) / evaluated,
    },
  };
}

function runSpecFile(
  fullPath: string,
  file: string,
  model: SpecModel,
  extract: ExtractFn,
  maxFailures: number,
): SpecFileResult {
  const cases = JSON.parse(readFileSync(fullPath, "utf8")) as SpecCase[];
  const evaluatedCases = cases.filter((specCase) => !skippedForJavaScript(specCase));
  const outcomes: CaseOutcome[] = evaluatedCases.map((specCase) => {
    let claims: ExtractedClaim[];
    try {
      claims = extract(specCase.Input);
    } catch (error) {
      return { input: specCase.Input, passed: false, reason: `extractor threw: ${String(error)}` };
    }
    return evaluateCase(specCase, model, claims);
  });
  const passed = outcomes.filter((outcome) => outcome.passed).length;
  return {
    file,
    model,
    cases: cases.length,
    skipped: cases.length - evaluatedCases.length,
    evaluated: evaluatedCases.length,
    passed,
    passRate: evaluatedCases.length === 0 ? 0 : (100 * passed) / evaluatedCases.length,
    failures: outcomes.filter((outcome) => !outcome.passed).slice(0, maxFailures),
  };
}

/** Like the suite's JS runner: a case listing "javascript" in either flag is not run. */
export function skippedForJavaScript(specCase: SpecCase): boolean {
  const lists = [specCase.NotSupported, specCase.NotSupportedByDesign];
  return lists.some((list) => (list ?? "").split(",").some((platform) => platform.trim().toLowerCase() === "javascript"));
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
