import { describe, expect, it } from "vitest";
import { analyzeShell } from "../analyze.js";
import { cachesCleanedBy, isSticky, isWorldWritable, normalizePath } from "./files.js";
import { type CommandModel, commandModels } from "./index.js";

const model = (text: string): CommandModel => commandModels(analyzeShell({ text, toSource: (i) => i }))[0]!;

describe("chmod / chown / chgrp", () => {
  it("world-writable octal and symbolic modes", () => {
    expect(
      [
        "777",
        "0777",
        "666",
        "1777",
        "0002",
        "7",
        "o+w",
        "a+rwx",
        "ugo+rwx",
        "o=rwx",
        "a=rw",
        "u+x,o+w",
        "o+rw-x",
      ].map(isWorldWritable),
    ).toEqual(Array(13).fill(true));
    expect(
      [
        "755",
        "0644",
        "1755",
        "u+w",
        "g+w",
        "ug+rw",
        "o-w",
        "+w",
        "=rwx",
        "o+w,o-w",
        "a+rwx,o-w",
        "nonsense",
        "",
      ].map(isWorldWritable),
    ).toEqual(Array(13).fill(false));
    expect(["1777", "+t", "o+t", "1755"].map(isSticky)).toEqual([true, true, true, true]);
    expect(["777", "u+x"].map(isSticky)).toEqual([false, false]);
  });

  it("chmod: mode word, recursive, targets; a mode that looks like a flag", () => {
    const text = "chmod -R 777 /app /data";
    const m = model(text).mode!;
    expect([m.tool, m.spec?.value, m.recursive, m.worldWritable, m.targets.map((w) => w.value)]).toEqual([
      "chmod",
      "777",
      true,
      true,
      ["/app", "/data"],
    ]);
    expect(m.spec!.range).toEqual({ start: 9, end: 12 });
    expect(model("chmod --recursive a+w /x").mode).toMatchObject({ recursive: true, worldWritable: true });
    const minus = model("chmod -x /bin/tool").mode!;
    expect([minus.spec?.value, minus.targets.map((w) => w.value), minus.recursive]).toEqual([
      "-x",
      ["/bin/tool"],
      false,
    ]);
    expect(model("chmod -r /f").mode).toMatchObject({ recursive: false });
    expect(model("chmod --reference=/a /b").mode!.spec).toBeUndefined();
    expect(model("sudo chmod 0666 f").mode!.worldWritable).toBe(true);
    expect(model("chmod $MODE f").mode!.worldWritable).toBe(false);
  });

  it("chown/chgrp: owner and group", () => {
    const c = model("chown -R app:staff /app").mode!;
    expect([c.tool, c.owner, c.group, c.recursive, c.worldWritable, c.targets.map((w) => w.value)]).toEqual([
      "chown",
      "app",
      "staff",
      true,
      false,
      ["/app"],
    ]);
    expect([model("chown 1000 /x").mode!.owner, model("chown 1000 /x").mode!.group]).toEqual([
      "1000",
      undefined,
    ]);
    expect(model("chown :g /x").mode).toMatchObject({ owner: "", group: "g" });
    expect(model("chown --from=root app /x").mode!.spec?.value).toBe("app");
    expect(model("chgrp -R staff /x").mode).toMatchObject({ tool: "chgrp", group: "staff", recursive: true });
  });
});

describe("cd", () => {
  it("target", () => {
    expect(model("cd /src").cd!.target?.value).toBe("/src");
    expect(model("cd -P /src").cd!.target?.value).toBe("/src");
    expect(model("cd").cd!.target).toBeUndefined();
    expect(model("cd -").cd!.target?.value).toBe("-");
  });
});

describe("rm and cache paths", () => {
  it("flags in all spellings, paths, caches cleaned", () => {
    for (const flags of ["-rf", "-fr", "-r -f", "-R -f", "--recursive --force", "-Rf"]) {
      expect(model(`rm ${flags} /x`).rm, flags).toMatchObject({ recursive: true, force: true });
    }
    expect(model("rm -f /x").rm).toMatchObject({ recursive: false, force: true });
    const r = model(
      "rm -rf /var/lib/apt/lists/* /tmp/* ~/.cache/pip /root/.npm /var/cache/apk/* $HOME/.cache/yarn",
    ).rm!;
    expect([...r.cleans]).toEqual(["apt", "tmp", "pip", "npm", "apk", "yarn"]);
    expect(r.paths.map((w) => w.value ?? w.pattern ?? w.raw)).toEqual([
      "/var/lib/apt/lists/*",
      "/tmp/*",
      "~/.cache/pip",
      "/root/.npm",
      "/var/cache/apk/*",
      "$HOME/.cache/yarn",
    ]);
    expect([...model("rm -rf /tmp/build.tgz /var/lib/apt/lists/partial").rm!.cleans]).toEqual([]);
  });

  it("path normalisation: homes, quotes, trailing globs, ancestors", () => {
    expect(normalizePath("/var/lib/apt/lists/*")).toBe("/var/lib/apt/lists");
    expect(normalizePath('"${HOME}"/.cache/pip/')).toBe("~/.cache/pip");
    expect(normalizePath("/home/app/.npm/_cacache/*")).toBe("~/.npm/_cacache");
    expect(normalizePath("/var/cache/apt/archives/*.deb")).toBe("/var/cache/apt/archives");
    expect(cachesCleanedBy("/var/cache/apt/archives/*.deb")).toEqual(["apt"]);
    expect(cachesCleanedBy("/root/.cache")).toEqual([
      "pip",
      "uv",
      "poetry",
      "yarn",
      "pnpm",
      "go",
      "composer",
    ]);
    expect(cachesCleanedBy("/var/cache/dnf")).toEqual(["yum"]);
    expect(cachesCleanedBy("/")).toEqual([]);
    expect(cachesCleanedBy("~")).toEqual([]);
    expect(cachesCleanedBy("/usr/src/app")).toEqual([]);
  });
});
