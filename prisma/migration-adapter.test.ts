import { describe, expect, it } from "vitest";
import { CATALOG_TYPE_REMAP, remapCatalogTypes } from "./migration-adapter";

describe("remapCatalogTypes", () => {
  it('reports name and "char" columns as text', () => {
    const result = remapCatalogTypes({ fields: [{ dataTypeID: 19 }, { dataTypeID: 18 }, { dataTypeID: 23 }], rows: [["users", "r", 1]] });
    expect(result.fields.map((field) => field.dataTypeID)).toEqual([25, 25, 23]);
    expect(result.rows).toEqual([["users", "r", 1]]);
  });

  it('reports name[] and "char"[] as text[] and parses their literals', () => {
    const result = remapCatalogTypes({
      fields: [{ dataTypeID: 1003 }, { dataTypeID: 1002 }],
      rows: [
        ['{id,"user name"}', "{a,b}"],
        [null, "{}"],
      ],
    });
    expect(result.fields.map((field) => field.dataTypeID)).toEqual([1009, 1009]);
    expect(result.rows).toEqual([
      [
        ["id", "user name"],
        ["a", "b"],
      ],
      [null, []],
    ]);
  });

  it("leaves every other type alone", () => {
    for (const oid of [16, 20, 23, 25, 1043, 1114, 3802]) {
      expect(CATALOG_TYPE_REMAP[oid]).toBeUndefined();
      expect(remapCatalogTypes({ fields: [{ dataTypeID: oid }], rows: [["x"]] }).fields[0].dataTypeID).toBe(oid);
    }
  });
});
