/** Who is cited: only a noun phrase that can name a source. Every sentence is written for this suite. */
import { describe, expect, it } from "vitest";
import { isSourcePhrase } from "./attribution";
import { extractClaims } from "./index";

const cited = (text: string, figure: string) => extractClaims(text).find((c) => c.figure === figure)?.attribution;

describe("an attribution is a noun phrase that can name a source", () => {
  it("accepts names, organisations and person nouns with their modifiers", () => {
    for (const phrase of ["police", "the coast guard", "Mayor Ida Holm", "sources close to the talks", "one of the divers", "a spokeswoman for the port in Bergen", "harbour officials"]) {
      expect(isSourcePhrase(phrase), phrase).toBe(true);
    }
  });
  it("rejects clauses and fragments of clauses", () => {
    for (const phrase of ["are not", "the roads were icy", "the crew didn't", "he was on deck", "reportedly", "no injuries", "only a week ago", "Thursday", "million", "the guards ordered the driver to", "the pilot steered a small boat"]) {
      expect(isSourcePhrase(phrase), phrase).toBe(false);
    }
  });
  it("gives no source for a clause after the verb or before a passive", () => {
    expect(cited("Ranger Jo Park, of the park service, said the roads were icy, with -8C at dawn.", "-8C")).toBeNull();
    expect(cited("The fire is said to have started at 2 am in the shed.", "2 am")).toBeNull();
    expect(cited("Boats valued at $3 million were reported stolen.", "$3 million")).toBeNull();
  });
  it("reads an inverted source only when it ends the clause", () => {
    expect(cited("Nine ferries were cancelled, said the harbour master.", "Nine")).toBe("the harbour master");
    expect(cited("The warden, Jo Park, said Friday that 12 huts were shut.", "12")).toBeNull();
  });
  it("stops a source at a dash", () => {
    expect(cited("According to engineers - who shut the span - the bridge had 40 cracks.", "40")).toBe("engineers");
  });
  it("does not take 'added' with an object for a report", () => {
    expect(cited("The airline added 30 routes last year.", "30")).toBeNull();
  });
});
