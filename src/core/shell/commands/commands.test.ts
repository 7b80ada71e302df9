import { beforeAll, describe, expect, it } from "vitest";
import { loadShellParser } from "../../../cli/shell-wasm.js";
import { analyzeShell } from "../analyze.js";
import { commandModels, hasFlag, isWorldWritable } from "./index.js";

beforeAll(loadShellParser);

const models = (text: string) => commandModels(analyzeShell({ text, toSource: (i) => i }));

describe("command models", () => {
  it("apt-get: flags in all spellings, clusters, packages with versions, sudo/env unwrapped", () => {
    for (const yes of ["-y", "--yes", "--assume-yes", "-qy", "-yq"]) {
      const [m] = models(`apt-get install ${yes} curl`);
      expect(hasFlag(m!.packages!.args, "yes"), yes).toBe(true);
    }
    const [m] = models(
      "sudo -E env DEBIAN_FRONTEND=noninteractive /usr/bin/apt-get -qq install --no-install-recommends curl=7.88 git",
    );
    expect(m!.invocation.wrappers).toEqual(["sudo", "env"]);
    const p = m!.packages!;
    expect([p.manager, p.action, p.subcommand?.value]).toEqual(["apt-get", "install", "install"]);
    expect(p.packages.map((x) => [x.name, x.version])).toEqual([
      ["curl", "7.88"],
      ["git", undefined],
    ]);
    expect(hasFlag(p.args, "quiet") && hasFlag(p.args, "no-install-recommends")).toBe(true);
  });

  it("apk, yum/dnf, zypper, pip (all spellings), npm, yarn, go, gem, cargo", () => {
    const get = (t: string) => models(t)[0]!.packages!;
    expect(get("apk add --no-cache curl=8.5-r0").packages[0]).toMatchObject({
      name: "curl",
      version: "8.5-r0",
    });
    expect(hasFlag(get("apk add --no-cache x").args, "no-cache")).toBe(true);
    expect(get("dnf -y install httpd").action).toBe("install");
    expect(get("microdnf clean all").action).toBe("clean");
    expect(get("zypper in -y vim").action).toBe("install");
    for (const pip of [
      "pip install",
      "pip3 install",
      "python -m pip install",
      "python3 -m pip install",
      "uv pip install",
    ]) {
      const p = get(`${pip} --no-cache-dir flask==3.0 requests`);
      expect(
        [p.manager === "pip" || p.manager === "uv", p.action, hasFlag(p.args, "no-cache-dir")],
        pip,
      ).toEqual([true, "install", true]);
      expect(p.packages.map((x) => [x.name, x.version])).toEqual([
        ["flask", "==3.0"],
        ["requests", undefined],
      ]);
    }
    expect(get("npm ci --omit=dev").action).toBe("install");
    expect(get("npm install -g typescript@5.6").packages[0]).toMatchObject({
      name: "typescript",
      version: "5.6",
    });
    expect(get("yarn").action).toBe("install");
    expect(get("go install golang.org/x/tools/gopls@v0.16.0").packages[0]).toMatchObject({
      version: "v0.16.0",
    });
    expect(get("gem install bundler:2.5.0").packages[0]).toMatchObject({ name: "bundler", version: "2.5.0" });
    expect(get("cargo install ripgrep").action).toBe("install");
  });

  it("downloads: insecure flags, piped into a shell", () => {
    const [curl] = models("curl -fsSLk https://get.example.com | sh");
    expect(curl!.download).toMatchObject({ tool: "curl", insecure: true });
    expect(curl!.download!.pipedToShell?.value).toBe("sh");
    const [wget] = models("wget --no-check-certificate -O - https://x | sudo bash");
    expect(wget!.download!.insecure).toBe(true);
    expect(wget!.download!.pipedToShell).toBeDefined();
    expect(models("curl -o f https://x && sh f")[0]!.download!.pipedToShell).toBeUndefined();
  });

  it("users, chmod, cd, rm of cache paths", () => {
    const [u] = models("useradd -l -m -u 10001 app");
    expect([u!.user!.id, hasFlag(u!.user!.args, "no-log-init"), u!.user!.name?.value]).toEqual([
      10001,
      true,
      "app",
    ]);
    expect(models("chmod -R 777 /app")[0]!.mode).toMatchObject({ worldWritable: true, recursive: true });
    // a bare `+w` is filtered by the umask: not world-writable
    expect(["o+w", "a+rwx", "+w", "0666", "1777"].map(isWorldWritable)).toEqual([
      true,
      true,
      false,
      true,
      true,
    ]);
    expect(["755", "u+w", "g+w", "0644"].map(isWorldWritable)).toEqual([false, false, false, false]);
    expect(models("cd /src")[0]!.cd!.target?.value).toBe("/src");
    expect([...models("rm -rf /var/lib/apt/lists/* /tmp/*")[0]!.rm!.cleans]).toEqual(["apt", "tmp"]);
  });
});
