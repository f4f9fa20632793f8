import { describe, expect, it } from "vitest";
import { cleanArticle } from "./boilerplate";

const P1 = "The storm brought 120 mm of rain to the coast overnight, the weather service said on Tuesday morning.";
const P2 = "About 3,000 households lost power, and crews expected to restore most connections within two days.";
const P3 = "Schools in the district will stay closed until Thursday while roads are cleared of fallen trees.";

const clean = (...lines: string[]) => cleanArticle(["Storm hits coast", ...lines].join("\n\n"), "Storm hits coast");

describe("cleanArticle", () => {
  it("keeps plain article text untouched", () => {
    expect(clean(P1, P2, P3)).toBe(["Storm hits coast", P1, P2, P3].join("\n\n"));
  });

  it("drops repeated titles at the top, also with an outlet suffix, but not after the article starts", () => {
    const longParagraph = `${P1} ${P2} ${P3}`;
    const lines = ["Storm hits coast | Coast News", "Rate it", "Storm hits coast", "A deck line under the title", "Storm hits coast", longParagraph, "Storm hits coast", P2];
    expect(cleanArticle(lines.join("\n"), "Storm hits coast")).toBe(
      ["Storm hits coast", "", "A deck line under the title", longParagraph, "Storm hits coast", P2].join("\n"),
    );
  });

  it("drops comment prompts, navigation, share and ad labels anywhere", () => {
    const text = clean("Rate it", P1, "Advertisement", P2, "Share this article", "« Previous Post", "Next Post »", "Comments (12)", "Post a Comment", P3, "Leave a Reply", "Your email address will not be published. Required fields are marked *");
    expect(text).toBe(["Storm hits coast", P1, P2, P3].join("\n\n"));
  });

  it("keeps sentences that merely mention chrome words", () => {
    const sentences = [
      "Residents were asked to leave a comment on the council website about the 40 closed roads.",
      "Copyright claims against the broadcaster rose 20% last year.",
      "See you in court, the mayor told the 12 protesters.",
    ];
    const text = clean(P1, ...sentences);
    for (const sentence of sentences) expect(text).toContain(sentence);
    expect(clean(P1, "© 2024 Coast News. All rights reserved.", "Copyright 2024 Coast Media Group")).toBe(["Storm hits coast", P1].join("\n\n"));
  });

  it("drops inline teaser lines and a short teaser tail", () => {
    const text = clean(P1, "Related: Floods in the north cost 2 million", P2, P3, "Read more", "Ten other storms this year", "A short teaser for another article about storms in 2019.");
    expect(text).toBe(["Storm hits coast", P1, P2, P3].join("\n\n"));
  });

  it("keeps the article after a teaser heading in mid-text, dropping only its headline", () => {
    const long = Array.from({ length: 6 }, (_, index) => `${P2} Paragraph ${index + 1} continues the report.`);
    const text = clean(P1, "See also:", "Floods in the north", ...long);
    expect(text).toBe(["Storm hits coast", P1, ...long].join("\n\n"));
  });

  it("cuts a paywall and its promotional tail", () => {
    const text = clean(P1, P2, "Subscribe to continue reading", "Get unlimited access to all articles for just $1 a week.", "Cancel anytime.", "Already a subscriber? Sign in");
    expect(text).toBe(["Storm hits coast", P1, P2].join("\n\n"));
  });

  it("removes a newsletter box in mid-article but keeps the article that follows", () => {
    const text = clean(P1, "Sign up for our newsletter", "Get the top stories in your inbox every morning.", P2, P3);
    expect(text).toBe(["Storm hits coast", P1, P2, P3].join("\n\n"));
  });

  it("keeps a long article paragraph that happens to mention subscriptions", () => {
    const paragraph = `${P1} The utility said customers who subscribe now to its alert service will get text messages about outages, and ${P2}`;
    expect(clean(paragraph, P3)).toContain(P3);
  });

  it("drops trailing labels after the last sentence, not a short closing sentence", () => {
    expect(clean(P1, P2, "World News", "Weather")).toBe(["Storm hits coast", P1, P2].join("\n\n"));
    expect(clean(P1, "He said: “We will rebuild.”")).toContain("We will rebuild");
  });

  it("drops typo-report widgets of Russian sites, keeps Russian text", () => {
    const russian = "Более 3000 домов остались без света, сообщили в энергокомпании.";
    expect(clean(russian, "Сообщите об орфографической ошибке", "Выделенный текст слишком длинный.")).toBe(["Storm hits coast", russian].join("\n\n"));
  });
});
