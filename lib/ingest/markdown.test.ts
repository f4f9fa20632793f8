import { describe, expect, it } from "vitest";
import { prepared } from "./test-helpers";

describe("prepareDocument: Markdown", () => {
  it("reads front matter as metadata and renders plain text", () => {
    const md = `---
title: "Floods close 40 schools"
source: Valley Times
date: 2024-03-03
url: https://valley.example.com/floods
tags:
  - weather
---

# Floods close 40 schools

![Flooded street](street.jpg)

About **1,200 homes** were flooded, _officials_ said in a [statement](https://gov.example/s).

## Damage

- Roads: 12 closed
- Bridges: 2 damaged

> "It is the worst in 30 years," the mayor said.

Inline \`code\` and <span>raw html</span><script>alert(1)</script> stay words.
`;
    const doc = prepared("floods.md", md);
    expect(doc).toMatchObject({
      format: "markdown",
      title: "Floods close 40 schools",
      outlet: "Valley Times",
      publishedAt: "2024-03-03",
      url: "https://valley.example.com/floods",
    });
    expect(doc.text).toBe(
      [
        "Floods close 40 schools",
        "About 1,200 homes were flooded, officials said in a statement.",
        "Damage",
        "Roads: 12 closed",
        "Bridges: 2 damaged",
        "\"It is the worst in 30 years,\" the mayor said.",
        "Inline code and raw html stay words.",
      ].join("\n\n"),
    );
  });

  it("joins soft-wrapped lines and takes the first heading as title without front matter", () => {
    const doc = prepared("plain.markdown", "Intro line\n\n# Real title\n\nA paragraph that is\nwrapped over lines.\n");
    expect(doc.title).toBe("Real title");
    expect(doc.text).toBe("Real title\n\nIntro line\n\nA paragraph that is wrapped over lines.");
  });
});

describe("prepareDocument: Markdown without a heading", () => {
  it("accepts a single paragraph", () => {
    expect(prepared("note.md", "Just *one* paragraph with 3 numbers.").text).toBe("Just one paragraph with 3 numbers.");
  });
});
