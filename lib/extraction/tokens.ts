/**
 * A minimal tokenizer with exact UTF-16 offsets: runs of digits (with
 * thousands separators and one decimal point), runs of letters (apostrophes
 * inside a word are kept: "Tajikistan’s"), and single symbols. Hyphens are
 * their own tokens so "1,350-kilometer-long" and "two-thirds" stay parseable.
 */
export type TokenKind = "num" | "word" | "sym";

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
}

const NON_ASCII_LETTER = /\p{L}|\p{M}/u;

function isLetter(code: number, text: string, i: number): boolean {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return true;
  if (code < 128) return false;
  return NON_ASCII_LETTER.test(text[i]);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 0x2009 || code === 0x202f;
}

/** Tokenize text[from, to). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isDigit(code) || (code === 46 /* . */ && i + 1 < to && isDigit(text.charCodeAt(i + 1)) && (i === from || isSpace(text.charCodeAt(i - 1)) || text[i - 1] === "$" || text[i - 1] === "("))) {
      // ".08", "a .500 record": a decimal without its leading zero
      kind = "num";
      const leadingDot = code === 46;
      i++;
      if (leadingDot) i++;
      while (i < to) {
        const c = text.charCodeAt(i);
        if (isDigit(c)) {
          i++;
        } else if (c === 44 /* , */ && isThousandsGroup(text, i + 1, to)) {
          i += 4;
        } else if (c === 46 /* . */ && i + 1 < to && isDigit(text.charCodeAt(i + 1)) && !text.slice(start, i).includes(".")) {
          i++;
        } else {
          break;
        }
      }
    } else if (isLetter(code, text, i)) {
      kind = "word";
      i++;
      while (i < to) {
        const c = text.charCodeAt(i);
        if (isLetter(c, text, i)) {
          i++;
        } else if ((c === 39 || c === 0x2019) && i + 1 < to && isLetter(text.charCodeAt(i + 1), text, i + 1)) {
          i += 2; // apostrophe inside a word
        } else {
          break;
        }
      }
    } else {
      kind = "sym";
      i++;
    }
    const tokenText = text.slice(start, i);
    tokens.push({ text: tokenText, lower: tokenText.toLowerCase(), start, end: i, kind });
  }
  return tokens;
}

/** ",ddd" followed by a non-digit: a thousands group, not a list "1,2". */
function isThousandsGroup(text: string, at: number, to: number): boolean {
  if (at + 3 > to) return false;
  for (let k = at; k < at + 3; k++) if (!isDigit(text.charCodeAt(k))) return false;
  return at + 3 === to || !isDigit(text.charCodeAt(at + 3));
}

/** True when b follows a with no space between. */
export function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && a.end === b.start;
}

export function isCapitalized(token: Token): boolean {
  return token.kind === "word" && token.text[0] !== token.lower[0];
}
