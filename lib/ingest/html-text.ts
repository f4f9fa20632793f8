// DOM → plain text with paragraph breaks. Markup is only read, never rendered:
// linkedom builds a tree and runs no scripts, and script-like elements are skipped.
import { parseHTML } from "linkedom";

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose text is never article text. */
export const SKIPPED_ELEMENTS = new Set([
  "script", "style", "noscript", "template", "svg", "math", "canvas", "img", "picture", "video", "audio",
  "iframe", "object", "embed", "button", "input", "select", "textarea", "head", "title", "meta", "link",
]);

const BLOCK_ELEMENTS = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
  "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul",
]);

const CELL_ELEMENTS = new Set(["td", "th"]);

/**
 * Parses markup into a document. Fragments without <html> are wrapped first:
 * linkedom builds no <body> for them otherwise.
 */
export function parseDocument(html: string): Document {
  const markup = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(markup).document;
}

/**
 * The text of a subtree, one paragraph per block element, separated by blank
 * lines; <br> becomes a line break, table cells are joined with " | ".
 * Iterative, so absurdly deep broken markup cannot overflow the stack.
 */
export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const paragraph = current.replace(/[ \t\r\n\f]*\n[ \t\r\n\f]*/g, "\n").replace(/^[ \t\r\n\f]+|[ \t\r\n\f]+$/g, "");
    if (paragraph) paragraphs.push(paragraph);
    current = "";
  };
  type Step = { node: Node; preformatted: boolean } | { leave: string };
  const stack: Step[] = [{ node: root, preformatted: false }];
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    if ("leave" in step) {
      if (BLOCK_ELEMENTS.has(step.leave)) flush();
      continue;
    }
    const { node, preformatted } = step;
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? "";
      current += preformatted ? text : text.replace(/[ \t\r\n\f]+/g, " ");
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const name = node.nodeName.toLowerCase();
    if (SKIPPED_ELEMENTS.has(name)) continue;
    if (name === "br") {
      current += "\n";
      continue;
    }
    if (BLOCK_ELEMENTS.has(name)) flush();
    if (CELL_ELEMENTS.has(name) && current.trim() !== "") current += " | ";
    stack.push({ leave: name });
    const children = Array.from(node.childNodes);
    for (let index = children.length - 1; index >= 0; index--) {
      stack.push({ node: children[index], preformatted: preformatted || name === "pre" });
    }
  }
  flush();
  return paragraphs.map((paragraph) => paragraph.replace(/ {2,}/g, " ")).join("\n\n");
}
