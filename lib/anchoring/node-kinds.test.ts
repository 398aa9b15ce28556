import { describe, expect, it } from "vitest";
import { InvalidDocumentError, STARTER_KIT_NODE_KINDS, nodeRole, type NodeRole, type PmNodeJson } from "./node-kinds";

describe("nodeRole", () => {
  const k = STARTER_KIT_NODE_KINDS;
  it.each<[PmNodeJson, boolean, NodeRole]>([
    [{ type: "paragraph" }, false, "textblock"],
    [{ type: "heading", content: [{ type: "text", text: "x" }] }, false, "textblock"],
    [{ type: "codeBlock" }, false, "textblock"],
    [{ type: "horizontalRule" }, false, "leafBlock"],
    [{ type: "bulletList", content: [{ type: "listItem", content: [] }] }, false, "container"],
    [{ type: "hardBreak" }, true, "inlineLeaf"],
    [{ type: "text", text: "x" }, true, "text"],
    [{ type: "mention" }, true, "inlineLeaf"],
    [{ type: "span", content: [{ type: "text", text: "x" }] }, true, "inlineContainer"],
    [{ type: "figure" }, false, "leafBlock"],
    [{ type: "caption", content: [{ type: "text", text: "x" }] }, false, "textblock"],
  ])("classifies %j (inline %s) as %s", (node, inline, role) => {
    expect(nodeRole(node, inline, k)).toBe(role);
  });

  it("rejects nodes it cannot read", () => {
    expect(() => nodeRole({ type: 3 } as never, false, k)).toThrow(InvalidDocumentError);
    expect(() => nodeRole({ type: "text" }, true, k)).toThrow(InvalidDocumentError);
    expect(() => nodeRole({ type: "text", text: "x" }, false, k)).toThrow(/inside a textblock/);
  });
});
