import { describe, expect, it } from "vitest";
import { fetchWholeList } from "./fetch-whole-list";

type Row = { id: string };

/** A fake API: `pages[n]` answers the n-th request (a page body, or a status). */
function api(answers: ({ items: Row[]; nextCursor: string | null } | number)[]) {
  const urls: string[] = [];
  const fetcher = async (url: string) => {
    urls.push(url);
    const answer = answers[urls.length - 1];
    if (typeof answer === "number") return new Response("{}", { status: answer });
    return Response.json({ annotations: answer.items, nextCursor: answer.nextCursor });
  };
  return { urls, fetcher };
}

describe("fetchWholeList", () => {
  it("follows nextCursor to the last page and returns every row", async () => {
    const { urls, fetcher } = api([
      { items: [{ id: "a" }, { id: "b" }], nextCursor: "c1" },
      { items: [{ id: "c" }], nextCursor: null },
    ]);
    expect(await fetchWholeList<Row>("/api/articles/x/annotations?limit=2", "annotations", fetcher)).toEqual([{ id: "a" }, { id: "b" }, { id: "c" }]);
    expect(urls).toEqual(["/api/articles/x/annotations?limit=2", "/api/articles/x/annotations?limit=2&cursor=c1"]);
  });

  it("starts again from the first page when a later one is refused as from before a revision (409)", async () => {
    const { fetcher } = api([{ items: [{ id: "old" }], nextCursor: "c1" }, 409, { items: [{ id: "new" }], nextCursor: null }]);
    expect(await fetchWholeList<Row>("/list?limit=1", "annotations", fetcher)).toEqual([{ id: "new" }]);
  });

  it("gives up (null) on another failure, or after three revisions in a row", async () => {
    expect(await fetchWholeList<Row>("/list", "annotations", api([500]).fetcher)).toBeNull();
    const revisedAgain = api([{ items: [], nextCursor: "c" }, 409, { items: [], nextCursor: "c" }, 409, { items: [], nextCursor: "c" }, 409]);
    expect(await fetchWholeList<Row>("/list", "annotations", revisedAgain.fetcher)).toBeNull();
  });
});
