import { describe, expect, it } from "vitest";
import { analyzeShell } from "../analyze.js";
import type { Word } from "../types.js";
import { type FlagSpec, flagValue, flagValues, hasFlag, invocation, parseArgs } from "./argv.js";

const words = (text: string, base = 0): Word[] =>
  analyzeShell({ text, toSource: (i) => base + i }).commands[0]!.argv;
const command = (text: string) => analyzeShell({ text, toSource: (i) => i }).commands[0]!;

const SPEC: FlagSpec = {
  flags: {
    yes: ["-y", "--yes", "--assume-yes"],
    quiet: ["-q", "-qq", "--quiet"],
    output: ["-o", "--output"],
    verbose: ["-v"],
    full: ["--setopt=x=1"],
  },
  withValue: ["output"],
};

describe("parseArgs", () => {
  it("maps every spelling to the canonical name, clusters included", () => {
    for (const spelling of ["-y", "--yes", "--assume-yes", "-qy", "-yq", "-vqy"]) {
      expect(hasFlag(parseArgs(words(`x ${spelling}`).slice(1), SPEC), "yes"), spelling).toBe(true);
    }
    const p = parseArgs(words("x -qq -vq a").slice(1), SPEC);
    expect(p.flags.map((f) => f.name)).toEqual(["quiet", "verbose", "quiet"]);
    expect(p.positionals.map((w) => w.value)).toEqual(["a"]);
  });

  it("values: --x=v, --x v, -o v, -ov, a cluster ending in a value flag; sub-word ranges", () => {
    const w = words("x --output=f1 --output f2 -o f3 -of4 -qof5 pos", 100);
    const p = parseArgs(w.slice(1), SPEC);
    expect(flagValues(p, "output").map((v) => v.value)).toEqual(["f1", "f2", "f3", "f4", "f5"]);
    expect(flagValue(p, "output")!.range).toEqual({ start: 111, end: 113 });
    expect(flagValues(p, "output")[3]!.range).toEqual({ start: 134, end: 136 });
    expect(p.positionals.map((x) => x.value)).toEqual(["pos"]);
    // quoted: the value is right, the range is the word's
    const q = parseArgs(words(`x "--output=a b"`).slice(1), SPEC);
    expect([flagValue(q, "output")!.value, flagValue(q, "output")!.range]).toEqual([
      "a b",
      { start: 2, end: 16 },
    ]);
    // dynamic value
    const d = parseArgs(words("x --output=$DIR/f").slice(1), SPEC);
    expect([flagValue(d, "output")!.value, flagValue(d, "output")!.raw]).toEqual([null, "$DIR/f"]);
  });

  it("the whole word first (`--setopt=x=1`), `--` ends options, unknown flags are kept apart", () => {
    const p = parseArgs(words("x --setopt=x=1 --nope -zq -- -y").slice(1), SPEC);
    expect(p.flags.map((f) => f.name)).toEqual(["full", "quiet"]);
    expect(p.unknown.map((u) => u.value)).toEqual(["--nope", "-zq"]);
    expect(p.positionals.map((u) => u.value)).toEqual(["-y"]);
    expect(parseArgs(words("x - a").slice(1), SPEC).positionals.map((u) => u.value)).toEqual(["-", "a"]);
  });

  it("single-dash long options without clusters; stopping at the first operand", () => {
    const go: FlagSpec = {
      flags: { ldflags: ["-ldflags"], v: ["-v"] },
      withValue: ["ldflags"],
      noClusters: true,
    };
    const p = parseArgs(words(`go -ldflags="-s -w" -v -gcflags x`).slice(1), go);
    expect([flagValue(p, "ldflags")?.value, hasFlag(p, "v")]).toEqual(["-s -w", true]);
    expect(p.unknown.map((u) => u.value)).toEqual(["-gcflags"]);
    const s = parseArgs(words("x -q cmd -y").slice(1), SPEC, { stopAtPositional: true });
    expect([s.flags.length, s.positionals.map((u) => u.value)]).toEqual([1, ["cmd", "-y"]]);
  });
});

describe("invocation", () => {
  it("removes wrappers and path prefixes", () => {
    const cases: [string, string, string[], (string | null)[]][] = [
      ["/usr/bin/apt-get install x", "apt-get", [], ["install", "x"]],
      ["sudo -E -u app apt-get install x", "apt-get", ["sudo"], ["install", "x"]],
      ["sudo -- apt-get update", "apt-get", ["sudo"], ["update"]],
      ["env -i A=1 B=2 npm ci", "npm", ["env"], ["ci"]],
      ["exec gosu app node server.js", "node", ["exec", "gosu"], ["server.js"]],
      ["nice -n 10 time -p make -j4", "make", ["nice", "time"], ["-j4"]],
      ["timeout 60 curl -f x", "curl", ["timeout"], ["-f", "x"]],
      ["command apk add x", "apk", ["command"], ["add", "x"]],
      ["eatmydata apt-get install x", "apt-get", ["eatmydata"], ["install", "x"]],
      ["su-exec app:app ls", "ls", ["su-exec"], []],
    ];
    for (const [text, name, wrappers, args] of cases) {
      const inv = invocation(command(text))!;
      expect([inv.name, inv.wrappers, inv.args.map((w) => w.value)], text).toEqual([name, wrappers, args]);
    }
  });

  it("keeps a wrapper with nothing after it, and `command -v` lookups, as the command", () => {
    expect(invocation(command("exec > /var/log/x 2>&1"))!.name).toBe("exec");
    expect(invocation(command("sudo"))!.name).toBe("sudo");
    expect(invocation(command("command -v apt-get"))!.name).toBe("command");
    expect(invocation(command("$TOOL install x"))).toBeUndefined();
    expect(invocation(command("A=1"))).toBeUndefined();
  });

  it("sudo user and environment from prefix assignments and env", () => {
    const inv = invocation(
      command("DEBIAN_FRONTEND=noninteractive sudo -u app env NODE_ENV=production X=$Y npm ci"),
    )!;
    expect(inv.sudo?.word.value).toBe("sudo");
    expect(inv.sudo?.user?.value).toBe("app");
    expect(inv.env.map((e) => [e.name, e.value])).toEqual([
      ["DEBIAN_FRONTEND", "noninteractive"],
      ["NODE_ENV", "production"],
      ["X", null],
    ]);
    expect(invocation(command("doas apk add x"))!.sudo?.word.value).toBe("doas");
  });
});
