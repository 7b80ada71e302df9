import { describe, expect, it } from "vitest";
import { type Binding, bind, resolve, resolver, visible } from "./scope.js";

/** A scope from bindings written oldest first. */
function scope(...bindings: [string, "arg" | "env", string][]): Binding | null {
  let s: Binding | null = null;
  for (const [name, kind, value] of bindings) s = bind(s, name, kind, value);
  return s;
}

describe("variable scopes", () => {
  it("resolve: the latest ENV wins over any ARG of the name, whatever their order; else the latest ARG", () => {
    const s = scope(
      ["A", "env", "e1"],
      ["A", "arg", "a1"],
      ["B", "arg", "b1"],
      ["B", "arg", "b2"],
      ["C", "arg", "c"],
    );
    expect(resolve(s, "A")?.value).toBe("e1");
    expect(resolve(s, "B")?.value).toBe("b2");
    expect(resolve(s, "C")?.value).toBe("c");
    expect(resolve(s, "D")).toBeUndefined();
    // an ENV older than the ARGs found first is still found (the walk stops only where no ENV is left)
    expect(
      resolve(
        scope(
          ["X", "env", "old"],
          ...Array.from({ length: 5 }, (_, i) => ["X", "arg", `a${i}`] as [string, "arg", string]),
        ),
        "X",
      )?.value,
    ).toBe("old");
  });

  it("visible: one binding per name, latest first, the ENV where a name has one; resolver agrees with resolve", () => {
    const s = scope(["A", "env", "e1"], ["B", "arg", "b"], ["A", "arg", "a1"], ["C", "env", "c"]);
    expect(visible(s).map((b) => [b.name, b.value])).toEqual([
      ["C", "c"],
      ["A", "e1"],
      ["B", "b"],
    ]);
    const lookup = resolver(s);
    for (const name of ["A", "B", "C", "D"]) expect(lookup(name)).toBe(resolve(s, name));
  });
});
