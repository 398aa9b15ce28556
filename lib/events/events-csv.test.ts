import { describe, expect, it } from "vitest";
import { eventsCsvHeader, eventsCsvRecords } from "./events-csv";
import type { ShownEvent } from "./stored-event";

const comment: ShownEvent = {
  type: "comment.added",
  position: "42",
  at: "2026-11-30T20:00:00.000Z",
  actorId: "u1",
  actor: { id: "u1", name: '=HYPERLINK("x")' },
  entityId: "c1",
  articleId: "art1",
  payload: { after: { annotationId: "a1", body: 'Which year, "2023"?' } },
};

describe("events CSV", () => {
  it("starts with a BOM and the header", () => {
    expect(eventsCsvHeader()).toBe("\uFEFFposition,at,type,actor_id,actor_name,entity_id,article_id,payload\r\n");
  });

  it("writes one record per event, payload as JSON, formulas neutralised and quotes doubled", () => {
    expect(eventsCsvRecords([comment])).toBe(
      `42,2026-11-30T20:00:00.000Z,comment.added,u1,"'=HYPERLINK(""x"")",c1,art1,"{""after"":{""annotationId"":""a1"",""body"":""Which year, \\""2023\\""?""}}"\r\n`,
    );
  });

  it("leaves empty cells for an event without actor or article", () => {
    const seeded: ShownEvent = { type: "user.password_changed", position: "7", at: "2026-11-30T20:00:00.000Z", actorId: null, actor: null, entityId: "u2", articleId: null, payload: {} };
    expect(eventsCsvRecords([seeded])).toBe("7,2026-11-30T20:00:00.000Z,user.password_changed,,,u2,,{}\r\n");
  });
});
