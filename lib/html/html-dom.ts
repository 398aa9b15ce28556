import { JSDOM } from "jsdom";

let shared: JSDOM | null = null;

/**
 * Parses an HTML string into a detached document on the server. jsdom runs no scripts and loads
 * no resources by default; one window is reused so each call only costs the parse.
 */
export function parseHtmlDocument(html: string): Document {
  shared ??= new JSDOM("<!doctype html><html><body></body></html>");
  return new shared.window.DOMParser().parseFromString(html, "text/html");
}

/** An empty document to build DOM nodes in (e.g. when serialising a ProseMirror document). */
export function emptyHtmlDocument(): Document {
  return parseHtmlDocument("<!doctype html><html><body></body></html>");
}
