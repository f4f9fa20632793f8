import { describe, expect, it } from "vitest";
import { parseClusterEvalArgs } from "./command";

describe("parseClusterEvalArgs", () => {
  it("takes several sources, with the default seeds folder when none is named", () => {
    const args = parseClusterEvalArgs(["--data", "/d/clusters", "--seeds", "--verbose"], "/repo/samples");
    expect(args.sources).toEqual([
      { kind: "clusters", path: "/d/clusters" },
      { kind: "seeds", path: "/repo/samples" },
    ]);
    expect(args.verbose).toBe(true);
  });

  it("accepts an explicit seeds folder", () => {
    expect(parseClusterEvalArgs(["--seeds", "/s"]).sources).toEqual([{ kind: "seeds", path: "/s" }]);
  });
});
