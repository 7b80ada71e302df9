import { describe, expect, it } from "vitest";
import { parse } from "../syntax/parser.js";
import { type AnalyzeOptions, analyze, resolveWorkdir } from "./model.js";
import { resolve } from "./scope.js";

const model = (text: string, options?: AnalyzeOptions) => analyze(parse(text).cst, options);

describe("semantic model: stages and graph", () => {
  const text = [
    "ARG GO=1.22",
    "FROM golang:${GO} AS build",
    "RUN go build -o /out/app",
    "FROM alpine:3.20 AS tools",
    "FROM build AS test",
    "RUN go test ./...",
    "FROM gcr.io/distroless/static AS final",
    "COPY --from=build /out/app /app",
    "COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/",
    "RUN --mount=type=bind,from=tools,target=/t true",
  ].join("\n");
  const m = model(text);

  it("stages with names, bases and references", () => {
    expect(m.stages.map((s) => [s.index, s.name, s.base.kind])).toEqual([
      [0, "build", "image"],
      [1, "tools", "image"],
      [2, "test", "stage"],
      [3, "final", "image"],
    ]);
    const base = m.stages[0]!.base;
    if (base.kind !== "image") throw new Error("image");
    expect(base.ref.normalized.name).toBe("docker.io/library/golang");
    expect(base.ref.tag).toBe("1.22");
    expect(base.written.raw).toBe("golang:${GO}");
  });

  it("edges: FROM stage, COPY --from stage or image, RUN --mount from", () => {
    const final = m.stages[3]!;
    expect(final.uses.map((u) => [u.kind, u.stage, u.value])).toEqual([
      ["from", null, "gcr.io/distroless/static"],
      ["copy", 0, "build"],
      ["copy", null, "nginx:1.27"],
      ["mount", 1, "tools"],
    ]);
    expect(m.stages[2]!.uses[0]).toMatchObject({ kind: "from", stage: 0 });
  });

  it("needed and unreachable stages for the target", () => {
    expect([...m.neededStages()].sort()).toEqual([0, 1, 3]);
    expect(m.unreachableStages().map((s) => s.name)).toEqual(["test"]);
    const test = model(text, { target: "test" });
    expect([...test.neededStages()].sort()).toEqual([0, 2]);
  });

  it("a chain of thousands of stages: walked without recursion, names found by map", () => {
    const n = 12_000;
    let text = "FROM alpine AS s0\n";
    for (let i = 1; i < n; i++) text += `FROM s${i - 1} AS s${i}\nCOPY --from=s${i - 1} /a /a\n`;
    const big = model(text);
    expect(big.neededStages().size).toBe(n);
    expect(big.baseChain(big.stages[n - 1]!)).toHaveLength(n);
    expect(big.stages[n - 1]!.uses.map((u) => u.stage)).toEqual([n - 2, n - 2]);
  });

  it("stage references: case-insensitive, the latest stage of the name defined before, else an index", () => {
    const m2 = model(
      "FROM a AS x\nFROM b AS X\nCOPY --from=x /a /a\nFROM c AS x\nFROM x\nCOPY --from=1 /b /b",
    );
    expect(m2.stages[1]!.uses[1]).toMatchObject({ kind: "copy", stage: 0 });
    expect(m2.stages[3]!.base).toMatchObject({ kind: "stage", stage: 2 });
    expect(m2.stages[3]!.uses[1]).toMatchObject({ kind: "copy", stage: 1 });
    expect(m2.stageByRef("x", 2)?.index).toBe(1);
    expect(m2.stageByRef("x")?.index).toBe(2);
    expect(m2.stageByRef("nope")).toBeUndefined();
  });

  it("COPY --from by index", () => {
    const m2 = model("FROM a\nFROM b\nCOPY --from=0 /x /x");
    expect(m2.stages[1]!.uses[1]).toMatchObject({ kind: "copy", stage: 0 });
  });
});

describe("semantic model: variables", () => {
  it("global ARGs are visible in FROM, not in stages unless redeclared", () => {
    const m = model("ARG V=1\nARG W\nFROM img:$V\nRUN x\nARG V\nRUN y");
    const base = m.stages[0]!.base;
    expect(base.kind === "image" && base.ref.tag).toBe("1");
    const [, , , runX, , runY] = m.infos;
    expect(resolve(runX!.scope, "V")).toBeUndefined();
    expect(resolve(runY!.scope, "V")?.value).toBe("1");
    expect(resolve(m.infos[2]!.scope, "W")?.value).toBeNull();
  });

  it("build args override defaults; unknown values stay unknown", () => {
    const m = model("ARG TAG=1\nFROM img:$TAG\nARG X\nENV Y=$X", { buildArgs: { TAG: "2" } });
    const base = m.stages[0]!.base;
    expect(base.kind === "image" && base.ref.tag).toBe("2");
    const env = m.infos[m.infos.length - 1]!;
    const r = m.expand(env, "$X");
    expect(r.unknown).toBe(true);
  });

  it("ENV wins over ARG of the same name; ENV is inherited through FROM <stage>", () => {
    const m = model("FROM scratch AS a\nENV A=env\nARG A=arg\nRUN x\nFROM a\nRUN y");
    const runX = m.infos[3]!;
    expect(m.expand(runX, "${A}").value).toBe("env");
    const runY = m.infos[5]!;
    expect(m.expand(runY, "$A").value).toBe("env");
  });

  it("expansion: defaults and alternatives", () => {
    const m = model("FROM scratch\nARG A=x\nENV B=${A:-d}-${C:-dflt}\nRUN z");
    const run = m.infos[3]!;
    expect(m.expand(run, "$B").value).toBe("x-dflt");
  });

  it("platform ARGs: known from options, unknown otherwise", () => {
    const m = model("FROM --platform=$BUILDPLATFORM golang AS b\nARG TARGETARCH\nRUN x", {
      platform: { target: "linux/arm64", build: "linux/amd64" },
    });
    expect(m.stages[0]!.platform?.value).toBe("linux/amd64");
    expect(resolve(m.infos[2]!.scope, "TARGETARCH")?.value).toBe("arm64");
    const unknown = model("FROM --platform=$BUILDPLATFORM golang\nRUN x");
    expect(unknown.stages[0]!.platform?.value).toBeNull();
  });

  it("unset variables in a stage built on an external image are unknown, on scratch they are empty", () => {
    const img = model("FROM node\nRUN x");
    expect(img.expand(img.infos[1]!, "$HOME").unknown).toBe(true);
    const scratch = model("FROM scratch\nRUN x");
    const r = scratch.expand(scratch.infos[1]!, "$HOME");
    expect([r.value, r.unknown]).toEqual(["", false]);
  });
});

describe("semantic model: USER, WORKDIR, SHELL per instruction", () => {
  it("tracks and inherits them", () => {
    const m = model(
      'FROM scratch AS a\nWORKDIR /app\nWORKDIR src\nUSER 1000:1000\nSHELL ["/bin/bash", "-c"]\nRUN x\nFROM a\nRUN y\nFROM node\nRUN z',
    );
    const runX = m.infos[5]!;
    expect(runX.workdir.value).toBe("/app/src");
    expect(runX.user.value).toBe("1000:1000");
    expect(runX.shell.value).toEqual(["/bin/bash", "-c"]);
    const runY = m.infos[7]!;
    expect([runY.workdir.value, runY.user.value]).toEqual(["/app/src", "1000:1000"]);
    const runZ = m.infos[9]!;
    expect([runZ.workdir.value, runZ.user.value, runZ.shell.value]).toEqual([null, null, ["/bin/sh", "-c"]]);
  });

  it("USER with a variable", () => {
    const m = model("FROM scratch\nENV U=app\nUSER ${U}\nRUN x");
    expect(m.infos[3]!.user.value).toBe("app");
  });

  it("resolveWorkdir", () => {
    expect(resolveWorkdir("/a/b", "../c/./d")).toBe("/a/c/d");
    expect(resolveWorkdir(null, "rel")).toBeNull();
    expect(resolveWorkdir(null, "/abs//x/")).toBe("/abs/x");
  });
});

describe("semantic model: robustness", () => {
  it("never throws on odd inputs", () => {
    for (const text of [
      "",
      "RUN x",
      "FROM",
      "FROM a AS",
      "COPY --from= a b",
      "ARG",
      "FROM $UNDEFINED",
      "ONBUILD",
    ]) {
      expect(() => model(text)).not.toThrow();
    }
  });
});
