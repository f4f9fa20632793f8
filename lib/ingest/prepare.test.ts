import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, isIngestError, prepareDocument } from "./index";
import { prepared, pseudoRandomBytes, refused, utf8 } from "./test-helpers";

const ARTICLE = "Flood hits the valley\n\nAbout 1,200 homes were flooded on Monday, officials said.\n";

describe("prepareDocument: bad input", () => {
  it("refuses an empty file", () => {
    const error = refused("empty.txt", new Uint8Array());
    expect(error).toMatchObject({ fileName: "empty.txt", code: "empty" });
    expect(error.error).toMatch(/empty/);
  });

  it("refuses a whitespace-only file", () => {
    expect(refused("blank.txt", " \n\t\r\n  \n").code).toBe("empty");
  });

  it("refuses random binary bytes", () => {
    expect(refused("noise.txt", pseudoRandomBytes(4096)).code).toBe("binary");
  });

  it("refuses binary bytes even without NUL bytes", () => {
    const noNul = pseudoRandomBytes(4096, 7).map((byte) => byte || 1);
    expect(refused("noise.txt", noNul).code).toBe("binary");
  });

  it("names a PNG image as unsupported", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...pseudoRandomBytes(64)]);
    const error = refused("photo.txt", png);
    expect(error.code).toBe("unsupported");
    expect(error.error).toMatch(/PNG image/);
  });

  it("names a PDF as unsupported", () => {
    const error = refused("report.txt", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
    expect(error.code).toBe("unsupported");
    expect(error.error).toMatch(/looks like a PDF/);
    expect(error.error).toMatch(/\.txt|\.html/);
  });

  it("refuses a 50 MB buffer with the limit in the message", () => {
    const error = refused("paste.txt", new Uint8Array(50 * 1024 * 1024).fill(0x61));
    expect(error.code).toBe("too_large");
    expect(error.error).toContain("50.0 MB");
    expect(error.error).toContain("5.0 MB");
  });

  it("accepts a file of exactly the limit's size", () => {
    const line = "The council approved 12 new schools. ";
    const text = `Schools\n\n${line.repeat(Math.floor((MAX_FILE_BYTES - 9) / line.length))}`;
    expect(utf8(text).length).toBeLessThanOrEqual(MAX_FILE_BYTES);
    expect(prepared("big.txt", text).title).toBe("Schools");
  });

  it("reads invalid UTF-8 as windows-1252", () => {
    const bytes = new Uint8Array([...utf8("Caf"), 0xe9, ...utf8(" prices\n\nA coffee costs 3 euros "), 0x96, ...utf8(" up 5%.")]);
    const doc = prepared("legacy.txt", bytes);
    expect(doc.title).toBe("Café prices");
    expect(doc.text).toContain("3 euros – up 5%.");
  });

  it("decodes UTF-16 LE and BE text with a byte-order mark", () => {
    const text = "Überschwemmung\n\n1.200 Häuser überflutet.";
    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      le.set([code & 0xff, code >> 8], 2 + index * 2);
      be.set([code >> 8, code & 0xff], 2 + index * 2);
    }
    expect(prepared("le.txt", le).text).toBe(text);
    expect(prepared("be.txt", be).text).toBe(text);
  });

  it("strips a UTF-8 byte-order mark", () => {
    const doc = prepared("bom.txt", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(ARTICLE)]));
    expect(doc.title).toBe("Flood hits the valley");
    expect(doc.text.charCodeAt(0)).toBe("F".charCodeAt(0));
  });

  it("refuses UTF-16 with a broken body", () => {
    const error = refused("broken16.txt", new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42]));
    expect(error.code).toBe("undecodable");
  });

  it("explains UTF-16 without a byte-order mark", () => {
    const bytes = new Uint8Array([...utf8("Plain words here")].flatMap((byte) => [byte, 0]));
    const error = refused("nobom.txt", bytes);
    expect(error.code).toBe("undecodable");
    expect(error.error).toMatch(/UTF-8/);
  });

  it("refuses extensions it does not read", () => {
    const error = refused("table.csv", "a,b\n1,2\n");
    expect(error.code).toBe("unsupported");
    expect(error.error).toMatch(/\.txt/);
  });

  it("refuses HTML with only navigation and scripts", () => {
    const html = `<!doctype html><html><head><title>Home</title><script>var a = "Big story text here";</script></head>
      <body><nav><a href="/">Home</a> <a href="/news">News</a></nav><script>document.write("x")</script><style>p{}</style></body></html>`;
    const error = refused("nav.html", html);
    expect(error.code).toBe("no_text");
    expect(error.error).toMatch(/no readable article text/);
  });

  it("refuses a text file that holds only site chrome", () => {
    expect(refused("chrome.txt", "Leave a Reply\n\nYour email address will not be published.").code).toBe("no_text");
  });

  it("never throws, whatever the bytes", () => {
    for (let seed = 1; seed < 30; seed++) {
      for (const name of ["x.txt", "x.html", "x.md", "x"]) {
        expect(() => prepareDocument({ name, bytes: pseudoRandomBytes(seed * 37, seed) })).not.toThrow();
      }
    }
  });
});

describe("prepareDocument: text", () => {
  it("accepts Russian and Chinese text as it is", () => {
    const russian = "Наводнение в долине\n\nБолее 1200 домов затоплено в понедельник, сообщили власти.";
    const chinese = "山谷洪水\n\n周一约有1200所房屋被淹，官员表示。";
    expect(prepared("ru.txt", russian)).toMatchObject({ title: "Наводнение в долине", text: russian });
    expect(prepared("zh.txt", chinese)).toMatchObject({ title: "山谷洪水", text: chinese });
  });

  it("normalises line endings, trailing spaces and blank-line runs", () => {
    const doc = prepared("crlf.txt", "Title line  \r\n\r\n\r\n\r\nFirst paragraph.   \r\nSecond line.\r\n\r\n\r\nLast.\r\n\r\n");
    expect(doc.text).toBe("Title line\n\nFirst paragraph.\nSecond line.\n\nLast.");
  });

  it("hashes the text after whitespace normalisation", () => {
    const a = prepared("a.txt", "Title\n\nOne  two\nthree.");
    const b = prepared("b.txt", "Title\r\n\r\n\r\n\r\nOne two three.");
    expect(a.contentHash).toBe(b.contentHash);
    expect(a.contentHash).toBe(createHash("sha256").update("Title One two three.").digest("hex"));
  });

  it("takes the outlet from a title suffix and the date from a dateline", () => {
    const doc = prepared("a.txt", "Floods close schools | Valley Times\nUpdated: March 3, 2024 10:15 IST\n\nSchools closed on Monday after 40 mm of rain.");
    expect(doc).toMatchObject({ title: "Floods close schools", outlet: "Valley Times", publishedAt: "2024-03-03", format: "text" });
    expect(doc.text.startsWith("Floods close schools\n")).toBe(true);
  });

  it("reads optional header lines", () => {
    const doc = prepared(
      "h.txt",
      "Title: Floods close schools\nSource: Valley Times\nDate: 2024-03-03\nURL: https://example.com/floods\n\nSchools closed on Monday after 40 mm of rain.",
    );
    expect(doc).toMatchObject({ title: "Floods close schools", outlet: "Valley Times", publishedAt: "2024-03-03", url: "https://example.com/floods" });
    expect(doc.text).toBe("Floods close schools\n\nSchools closed on Monday after 40 mm of rain.");
  });

  it("falls back to the URL host for the outlet and uses the given URL", () => {
    const doc = prepared("a.txt", ARTICLE, "https://www.example.org/news/1");
    expect(doc).toMatchObject({ outlet: "example.org", url: "https://www.example.org/news/1" });
  });

  it("sniffs HTML saved with a .txt extension and files without one", () => {
    expect(prepared("page.txt", "<!DOCTYPE html><html><head><title>T</title></head><body><p>Body text.</p></body></html>").format).toBe("html");
    expect(prepared("paste", ARTICLE).format).toBe("text");
  });

  it("says what is wrong in every error message", () => {
    expect(isIngestError(refused("e.txt", ""))).toBe(true);
    expect(isIngestError({ title: "x" })).toBe(false);
  });
});
