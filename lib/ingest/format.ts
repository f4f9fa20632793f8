import type { DocumentFormat } from "./types";

const FORMAT_BY_EXTENSION: Record<string, DocumentFormat> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".mdown": "markdown",
  ".mkd": "markdown",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".shtml": "html",
};

export const SUPPORTED_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);

export function extensionOf(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "");
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

export function formatOfExtension(extension: string): DocumentFormat | null {
  return FORMAT_BY_EXTENSION[extension] ?? null;
}

const looksLikeHtml = (text: string) => /^\s*(?:<!doctype html|<html[\s>]|<head[\s>])/i.test(text);

/**
 * The format by extension; a page saved as .txt (it starts with <!DOCTYPE html>
 * or <html>) is read as HTML. Files without an extension are sniffed.
 * Returns null for extensions Collate does not read.
 */
export function detectFormat(fileName: string, text: string): DocumentFormat | null {
  const extension = extensionOf(fileName);
  if (extension === "") return looksLikeHtml(text) ? "html" : "text";
  const format = formatOfExtension(extension);
  return format === "text" && looksLikeHtml(text) ? "html" : format;
}
