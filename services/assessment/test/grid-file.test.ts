import { readGridFiles } from "../src/modules/grid/grid.seed";
import { parseGridFile } from "../src/modules/grid/grid.file";

describe("the committed grid v1 matches criteria-grid.md", () => {
  const [v1] = readGridFiles();
  const criteria = v1.themes.flatMap((t) => t.criteria);

  test("72 criteria in nine themes, in order", () => {
    expect(v1.version).toBe(1);
    expect(v1.themes.map((t) => [t.code, t.criteria.length])).toEqual([
      ["ACC", 8],
      ["SEC", 9],
      ["ECO", 8],
      ["DAT", 9],
      ["OSS", 9],
      ["INT", 9],
      ["HOS", 8],
      ["SUP", 8],
      ["INN", 4],
    ]);
    expect(criteria).toHaveLength(72);
  });

  test("answer types, NA, options, thresholds and eliminatory flags", () => {
    const byType = (type: string) => criteria.filter((c) => c.type === type).map((c) => c.code);
    expect(byType("CHOICE")).toEqual(["DAT-04", "HOS-01", "SUP-03", "SUP-07"]);
    expect(byType("NUMBER")).toEqual(["SUP-06"]);
    expect(byType("PERCENT")).toEqual(["ACC-02", "ECO-02", "OSS-02", "HOS-06"]);
    expect(criteria.filter((c) => c.naAllowed).map((c) => c.code)).toEqual(["ACC-07", "ECO-08", "DAT-07", "INT-04", "INT-05", "INT-08"]);
    expect(criteria.filter((c) => c.eliminatory).map((c) => c.code)).toEqual(["ACC-01", "SEC-01", "DAT-01", "DAT-05"]);
    expect(criteria.find((c) => c.code === "DAT-04")!.options!.map((o) => o.code)).toEqual(["FRANCE", "EU", "OUTSIDE_EU"]);
  });

  test("a malformed grid file is refused with the faulty criterion named", () => {
    const broken = JSON.parse(JSON.stringify(v1));
    delete broken.themes[3].criteria[3].options;
    expect(() => parseGridFile(broken, "grid-v9.json")).toThrow(/grid-v9\.json[\s\S]*DAT-04: options are required for CHOICE/);
  });
});
