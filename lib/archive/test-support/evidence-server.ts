import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import PDFDocument from "pdfkit";
import { ARTICLE_PAGE } from "../../import/test-support/article-server";

/** A page the test can change between fetches (to see a link check flag it). */
export type EvidenceServer = {
  base: string;
  port: number;
  /** Paths requested, in order. */
  requests: string[];
  /** Replaces the HTML served at `/mutable`. */
  setMutable(html: string): void;
  /** Makes `/flaky` fail with 503 this many more times before it answers. */
  failFlaky(times: number): void;
  close(): Promise<void>;
};

/** A small PDF with a title and two pages of text. */
export function buildPdf(pages: string[], title = "Annual statistics report"): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ info: { Title: title }, compress: false });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    pages.forEach((text, index) => {
      if (index > 0) doc.addPage();
      doc.text(text);
    });
    doc.end();
  });
}

export const MUTABLE_PAGE = (sentence: string) =>
  `<!doctype html><html><head><title>Statistics bureau release</title></head><body><article><h1>Statistics bureau release</h1><p>${sentence} The bureau publishes its figures every quarter, with revisions to earlier quarters noted in a separate table at the end of each release.</p><p>Exports of goods and services are measured at current prices and seasonally adjusted.</p></article></body></html>`;

/** Starts a local HTTP server on 127.0.0.1 with the evidence archive's test pages. */
export async function startEvidenceServer(): Promise<EvidenceServer> {
  const pdf = await buildPdf(["Exports grew by 8 per cent in 2023.", "Imports fell by 2 per cent."]);
  let mutable = MUTABLE_PAGE("Exports grew by 8 per cent last year.");
  let flakyFailures = 0;
  let visits = 0;
  const requests: string[] = [];
  const routes: Record<string, (request: IncomingMessage, response: ServerResponse, base: string) => void> = {
    "/article": (_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(ARTICLE_PAGE);
    },
    "/mutable": (_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(mutable);
    },
    "/same-text-new-ads": (_request, response) => {
      visits += 1;
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(MUTABLE_PAGE("Exports grew by 8 per cent last year.").replace("</body>", `<script>var ad = ${visits};</script></body>`));
    },
    "/report.pdf": (_request, response) => {
      response.writeHead(200, { "content-type": "application/pdf" });
      response.end(pdf);
    },
    "/notes.txt": (_request, response) => {
      response.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
      response.end("Minutes of the meeting.\nExports were discussed.");
    },
    "/image.png": (_request, response) => {
      response.writeHead(200, { "content-type": "image/png" });
      response.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
    },
    "/moved": (_request, response, base) => {
      response.writeHead(301, { location: `${base}/article` });
      response.end();
    },
    "/to-private": (_request, response) => {
      response.writeHead(302, { location: "http://10.0.0.1/admin" });
      response.end();
    },
    "/to-metadata": (_request, response) => {
      response.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" });
      response.end();
    },
    "/slow": () => {
      // never answers; the client's time limit ends it
    },
    "/gone": (_request, response) => {
      response.writeHead(404, { "content-type": "text/html" });
      response.end("<h1>Not found</h1>");
    },
    "/flaky": (_request, response) => {
      if (flakyFailures > 0) {
        flakyFailures -= 1;
        response.writeHead(503, { "content-type": "text/plain" });
        return response.end("busy");
      }
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(ARTICLE_PAGE);
    },
    "/huge": (_request, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(64 * 1024, "a");
      let sent = 0;
      const write = () => {
        while (sent < 40 && response.write(chunk)) sent += 1;
        if (sent >= 40) return response.end();
        response.once("drain", write);
      };
      write();
    },
  };
  const server = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0];
    requests.push(path);
    const route = routes[path];
    if (!route) {
      response.writeHead(404);
      return response.end();
    }
    route(request, response, base);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    port,
    requests,
    setMutable: (html) => void (mutable = html),
    failFlaky: (times) => void (flakyFailures = times),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
