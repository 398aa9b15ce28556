import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";

/** A newsroom article page as sites publish it: metadata in <head>, navigation, the article, a footer. */
export const ARTICLE_PAGE = `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Minister claims record export growth | The Daily Example</title>
<meta property="og:title" content="Minister claims record export growth">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-06-22T23:30:00-05:00">
<script>window.tracking = true;</script>
<style>body { font-family: serif }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<article>
<h1>Minister claims record export growth</h1>
<p class="byline">By Jane Doe</p>
<p>The minister said on Tuesday that exports grew by 12 per cent last year, the fastest rise in a decade, according to figures released by the statistics bureau in the capital.</p>
<p>Economists questioned the figure, noting that the bureau's own <a href="/reports/2023">annual report</a> put growth at 8 per cent and that the base year had been revised twice since the last election.</p>
<p onclick="alert(1)">Officials did not respond to requests for comment. <img src="x" onerror="alert(1)"> The opposition said it would raise the matter in parliament next week.</p>
<blockquote><p>"These numbers speak for themselves," the minister told reporters outside the ministry.</p></blockquote>
</article>
<footer>© The Daily Example. <a href="/privacy">Privacy</a></footer>
</body></html>`;

/** A page without an article: navigation and a sign-in form only. */
export const NO_ARTICLE_PAGE = `<!doctype html><html><head><title>Sign in</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav><form><input name="user"><button>Sign in</button></form></body></html>`;

type Route = (request: IncomingMessage, response: ServerResponse, base: string) => void;

const html =
  (body: string, extra: Record<string, string> = {}): Route =>
  (_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", ...extra });
    response.end(body);
  };

const redirect =
  (location: (base: string) => string, status = 302): Route =>
  (_request, response, base) => {
    response.writeHead(status, { location: location(base) });
    response.end();
  };

/** Routes of the test server: an article, redirects, slow, huge, non-HTML and error responses. */
export const ROUTES: Record<string, Route> = {
  "/article": html(ARTICLE_PAGE),
  "/xhtml": html(ARTICLE_PAGE, { "content-type": "application/xhtml+xml" }),
  "/gzip": (_request, response) => {
    response.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
    response.end(gzipSync(ARTICLE_PAGE));
  },
  "/latin1": (_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=ISO-8859-1" });
    response.end(Buffer.from(ARTICLE_PAGE.replace("The minister said", "Le ministre a déclaré, à Genève,").replace('<meta charset="utf-8">', ""), "latin1"));
  },
  "/meta-charset": (_request, response) => {
    response.writeHead(200, { "content-type": "text/html" });
    response.end(Buffer.from(ARTICLE_PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace("The minister said", "Café owners said"), "latin1"));
  },
  "/no-article": html(NO_ARTICLE_PAGE),
  "/missing": (_request, response) => {
    response.writeHead(404, { "content-type": "text/html" });
    response.end("<h1>Not found</h1>");
  },
  "/forbidden": (_request, response) => {
    response.writeHead(403, { "content-type": "text/html" });
    response.end("<h1>Subscribers only</h1>");
  },
  "/pdf": (_request, response) => {
    response.writeHead(200, { "content-type": "application/pdf" });
    response.end("%PDF-1.7");
  },
  "/no-type": (_request, response) => {
    response.writeHead(200);
    response.end(ARTICLE_PAGE);
  },
  "/slow": () => {
    // Never answers.
  },
  "/slow-body": (_request, response) => {
    response.writeHead(200, { "content-type": "text/html" });
    response.write("<html><body><p>Start of the page");
  },
  "/huge": (_request, response) => {
    response.writeHead(200, { "content-type": "text/html" });
    const chunk = `<p>${"word ".repeat(2000)}</p>`;
    let sent = 0;
    const pump = () => {
      while (sent < 2000) {
        sent += 1;
        if (!response.write(chunk)) return response.once("drain", pump);
      }
      response.end();
    };
    pump();
  },
  "/huge-declared": (_request, response) => {
    response.writeHead(200, { "content-type": "text/html", "content-length": String(50 * 1024 * 1024) });
    response.write("<p>start");
  },
  "/gzip-bomb": (_request, response) => {
    response.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
    response.end(gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x61)));
  },
  "/redirect/1": redirect((base) => `${base}/article`, 301),
  "/redirect/2": redirect(() => "/redirect/1", 308),
  "/redirect/3": redirect(() => "./2", 307),
  "/redirect/4": redirect(() => "/redirect/3", 303),
  "/redirect/5": redirect(() => "/redirect/4"),
  "/redirect/6": redirect(() => "/redirect/5"),
  "/loop": redirect(() => "/loop"),
  "/to-ftp": redirect(() => "ftp://files.example/article"),
  "/to-javascript": redirect(() => "javascript:alert(1)"),
  "/to-intranet": redirect(() => "http://intranet.example/admin"),
  "/to-private-literal": redirect(() => "http://192.168.1.1/admin"),
  "/to-mapped-literal": redirect(() => "http://[::ffff:10.0.0.1]/admin"),
  "/to-flip": redirect((base) => `http://flip.example:${new URL(base).port}/article`),
  "/to-metadata": redirect(() => "http://169.254.169.254/latest/meta-data/"),
};

/** A running test server and the paths it was asked for. */
export type ArticleServer = { base: string; port: number; requests: string[]; close: () => Promise<void>; server: Server };

/** Starts the test server on 127.0.0.1 with a random port. */
export async function startArticleServer(): Promise<ArticleServer> {
  const requests: string[] = [];
  let base = "";
  const server = createServer((request, response) => {
    requests.push(request.url ?? "");
    const route = ROUTES[request.url ?? ""];
    if (route) return route(request, response, base);
    response.writeHead(404);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { base, port, requests, close, server };
}
