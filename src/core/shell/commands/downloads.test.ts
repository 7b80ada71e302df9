import { describe, expect, it } from "vitest";
import { analyzeShell } from "../analyze.js";
import { hasFlag } from "./argv.js";
import type { Download } from "./downloads.js";
import { commandModels } from "./index.js";

const downloads = (text: string): Download[] =>
  commandModels(analyzeShell({ text, toSource: (i) => i })).flatMap((m) => (m.download ? [m.download] : []));
const dl = (text: string): Download => downloads(text)[0]!;

describe("curl and wget", () => {
  it("curl flags in all spellings", () => {
    for (const s of ["-k", "--insecure", "-fsSLk", "-kL"])
      expect(dl(`curl ${s} https://x`).insecure, s).toBe(true);
    expect(dl("curl -fsSL https://x").insecure).toBe(false);
    const c = dl("curl -fsSL --retry 3 -H 'Accept: x' -o /tmp/f.tgz https://example.com/f.tgz");
    expect([
      c.failsOnHttpError,
      c.followsRedirects,
      c.silent,
      c.toStdout,
      c.remoteName,
      c.output?.value,
    ]).toEqual([true, true, true, false, false, "/tmp/f.tgz"]);
    expect(c.urls.map((u) => u.value)).toEqual(["https://example.com/f.tgz"]);
    expect(hasFlag(c, "show-error")).toBe(true);
    const o = dl("curl --location --fail --silent --remote-name https://x/a.tgz --url https://y/b");
    expect([o.followsRedirects, o.failsOnHttpError, o.silent, o.remoteName, o.toStdout]).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(o.urls.map((u) => u.value)).toEqual(["https://x/a.tgz", "https://y/b"]);
    expect(dl("curl https://x").toStdout).toBe(true);
    expect(dl("curl -ofile https://x").output?.value).toBe("file");
  });

  it("wget flags in all spellings", () => {
    expect(dl("wget --no-check-certificate https://x").insecure).toBe(true);
    const w = dl("wget -qO- https://x/install.sh");
    expect([w.silent, w.output?.value, w.toStdout, w.followsRedirects, w.failsOnHttpError]).toEqual([
      true,
      "-",
      true,
      true,
      true,
    ]);
    const f = dl("wget -nv -O /tmp/a --tries=3 https://x/a");
    expect([hasFlag(f, "no-verbose"), f.output?.value, f.toStdout, f.urls.map((u) => u.value)]).toEqual([
      true,
      "/tmp/a",
      false,
      ["https://x/a"],
    ]);
    expect(dl("wget --quiet --output-document - https://x").toStdout).toBe(true);
  });

  it("piped into a shell: the next stage of the pipeline, wrappers removed", () => {
    expect(dl("curl -fsSL https://get.example.com | sh").pipedToShell?.value).toBe("sh");
    expect(dl("wget -qO- https://x | sudo -E bash -s -- --flag").pipedToShell?.value).toBe("bash");
    expect(dl("curl https://x | /bin/bash").pipedToShell?.value).toBe("/bin/bash");
    expect(dl("curl https://x | python3 -").pipedToShell?.value).toBe("python3");
    expect(dl("curl https://x | tar -xz").pipedToShell).toBeUndefined();
    expect(dl("curl -o f https://x && sh f").pipedToShell).toBeUndefined();
    expect(dl("(curl https://x; echo) | sh").pipedToShell?.value).toBe("sh");
    expect(dl("curl https://x | gpg --dearmor | sh").pipedToShell).toBeUndefined();
    expect(dl("curl https://x | sed 's/a/b/' | tee i.sh | sh").pipedToShell?.value).toBe("sh");
    expect(dl("curl https://x | sed 's/a/b/' > f.sh").pipedToShell).toBeUndefined();
    const both = downloads("curl https://a | sh && curl https://b | tar -x");
    expect(both.map((d) => d.pipedToShell?.value)).toEqual(["sh", undefined]);
  });

  it("run by a shell through a substitution", () => {
    expect(dl(`sh -c "$(curl -fsSL https://x)"`).runBy?.value).toBe("sh");
    expect(dl("bash <(curl -s https://x)").runBy?.value).toBe("bash");
    expect(dl(`eval "$(wget -qO- https://x)"`).runBy?.value).toBe("eval");
    expect(dl("curl https://x | bash").runBy?.value).toBe("bash");
    expect(dl(`echo "$(curl https://x)"`).runBy).toBeUndefined();
    expect(dl(`bash -lc "$(curl https://x)"`).runBy?.value).toBe("bash");
    expect(dl(`bash ./build.sh "$(curl https://x/VERSION)"`).runBy).toBeUndefined();
    expect(dl(`sh -c 'echo "$1"' sh "$(curl https://x)"`).runBy).toBeUndefined();
    expect(dl(`VERSION=$(curl -s https://x/latest) && echo $VERSION`).runBy).toBeUndefined();
  });
});
