import { describe, expect, it } from "vitest";
import { prepared, refused, utf8 } from "./test-helpers";

const PARAGRAPHS = [
  "Four men rammed their car into a jewellery store in central Paris on Monday, making off with jewels worth 2 million euros, a police source said.",
  "The heist near Place Vendome is the latest in a spate of high-profile robberies in France this summer, after a theft at the Carlton hotel in Cannes.",
  "Forensic investigators were examining the store on Rue de Castiglione, which is home to numerous jewellery shops, late into the afternoon.",
];

const PAGE = `<!DOCTYPE html>
<html lang="en"><head>
  <meta charset="utf-8">
  <title>Paris jewellery heist nets 2m euros | The Daily Planet</title>
  <meta property="og:site_name" content="The Daily Planet">
  <meta property="article:published_time" content="2013-09-09T11:25:00+02:00">
  <link rel="canonical" href="https://planet.example.com/world/paris-heist">
  <script>window.evil = true; document.title = "hacked";</script>
</head><body>
  <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
  <header><h1>Paris jewellery heist nets 2m euros</h1></header>
  <article>
    <p>${PARAGRAPHS[0]}</p>
    <figure><img src="a.jpg" alt="The store front"><figcaption>Photo: AFP</figcaption></figure>
    <p>${PARAGRAPHS[1]}</p>
    <p>${PARAGRAPHS[2]}</p>
    <p>Share this article</p>
  </article>
  <aside><h3>Most read</h3><ul><li><a href="/x">Other story</a></li></ul></aside>
  <footer>© 2013 The Daily Planet. All rights reserved.</footer>
</body></html>`;

describe("prepareDocument: HTML", () => {
  it("keeps the article text with paragraph breaks and reads the metadata", () => {
    const doc = prepared("heist.html", PAGE);
    expect(doc).toMatchObject({
      format: "html",
      title: "Paris jewellery heist nets 2m euros",
      outlet: "The Daily Planet",
      url: "https://planet.example.com/world/paris-heist",
      publishedAt: "2013-09-09",
    });
    expect(doc.text.startsWith("Paris jewellery heist nets 2m euros\n\n")).toBe(true);
    expect(doc.text).toContain(`${PARAGRAPHS[1]}\n\n${PARAGRAPHS[2]}`);
    expect(doc.text.indexOf(PARAGRAPHS[0])).toBeLessThan(doc.text.indexOf(PARAGRAPHS[2]));
    for (const chrome of ["window.evil", "Home", "Most read", "Share this article", "All rights reserved", "<p>"]) {
      expect(doc.text).not.toContain(chrome);
    }
    expect(doc.text.match(/Paris jewellery heist nets 2m euros/g)).toHaveLength(1);
  });

  it("survives broken markup with unclosed tags", () => {
    const broken = `<html><head><title>Storm damage - Coast News</title></head><body><div><p>${PARAGRAPHS[0]}<p>${PARAGRAPHS[1]}<div><b>unclosed bold <i>and italic<table><tr><td>cell`;
    const doc = prepared("broken.html", broken);
    expect(doc.title).toBe("Storm damage");
    expect(doc.outlet).toBe("Coast News");
    expect(doc.text).toContain(PARAGRAPHS[0]);
    expect(doc.text).toContain(PARAGRAPHS[1]);
  });

  it("survives a fragment without <html> and garbage markup", () => {
    expect(prepared("fragment.htm", `<p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}`).text).toContain(PARAGRAPHS[1]);
    expect(() => prepared("garbage.html", `<<<>>><p <div "x'>${PARAGRAPHS[0]}</`)).not.toThrow();
  });

  it("does not stack-overflow on absurdly deep nesting", () => {
    const deep = `<html><body>${"<div>".repeat(20000)}<p>${PARAGRAPHS[0]}</p></body></html>`;
    expect(prepared("deep.html", deep).text).toContain("2 million euros");
  });

  it("reads the date from JSON-LD and <time>, the outlet from the title or URL", () => {
    const jsonLd = `<html><head><title>Quake toll rises - Mountain Herald</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Quake toll rises","datePublished":"2023-02-07T08:00:00Z"}]}</script>
      </head><body><article><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p></article></body></html>`;
    expect(prepared("quake.html", jsonLd)).toMatchObject({ title: "Quake toll rises", outlet: "Mountain Herald", publishedAt: "2023-02-07" });

    const time = `<html><head><title>Quake toll rises</title></head><body><article><time datetime="2023-02-08">8 Feb</time><p>${PARAGRAPHS[0]}</p></article></body></html>`;
    expect(prepared("quake.html", time, "https://news.example.net/q")).toMatchObject({ publishedAt: "2023-02-08", outlet: "news.example.net", url: "https://news.example.net/q" });
  });

  it("keeps non-English text and honours a declared legacy charset", () => {
    const russian = "Более 1200 домов затоплено в понедельник, сообщили власти региона в своём заявлении.";
    const page = `<html><head><meta charset="windows-1251"><title>Наводнение</title></head><body><article><p>${russian}</p></article></body></html>`;
    const encoded = Uint8Array.from(page, (char) => {
      const code = char.charCodeAt(0);
      if (code < 0x80) return code;
      if (code === 0x401) return 0xa8; // Ё
      if (code === 0x451) return 0xb8; // ё
      return code - 0x410 + 0xc0; // А..я
    });
    const doc = prepared("ru.html", encoded);
    expect(doc.title).toBe("Наводнение");
    expect(doc.text).toContain(russian);
  });

  it("refuses a page whose body is only scripts", () => {
    expect(refused("scripts.html", "<html><body><script>alert('x')</script><noscript>Enable JS</noscript></body></html>").code).toBe("no_text");
    expect(refused("scripts.html", utf8("<html><body>   </body></html>")).code).toBe("no_text");
  });
});

describe("prepareDocument: HTML without a title", () => {
  it("uses the first line of the article, not the file name", () => {
    const doc = prepared("fragment.htm", `<p>${PARAGRAPHS[0]}</p>`);
    expect(doc.title.startsWith("Four men rammed")).toBe(true);
    expect(doc.text).toBe(PARAGRAPHS[0]);
  });
});
