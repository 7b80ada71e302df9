import { describe, expect, it } from "vitest";
import { analyzeShell } from "../analyze.js";
import { hasFlag } from "./argv.js";
import { commandModels } from "./index.js";
import type { UserCreation } from "./users.js";

const user = (text: string): UserCreation =>
  commandModels(analyzeShell({ text, toSource: (i) => i }))[0]!.user!;
const facts = (u: UserCreation) => ({
  tool: u.tool,
  name: u.name?.value,
  id: u.id,
  group: u.group?.value,
  system: u.system,
  noLogInit: u.noLogInit,
  createHome: u.createHome,
  shell: u.shell?.value,
  home: u.home?.value,
});

describe("user and group creation", () => {
  it("useradd: ids, -l/--no-log-init, -m/-M, system, shell", () => {
    expect(facts(user("useradd -l -m -u 10001 -g app -s /sbin/nologin -r app"))).toEqual({
      tool: "useradd",
      name: "app",
      id: 10001,
      group: "app",
      system: true,
      noLogInit: true,
      createHome: true,
      shell: "/sbin/nologin",
      home: undefined,
    });
    const long = user(
      "useradd --no-log-init --uid=1000 --create-home --home-dir /home/x --system --shell /bin/bash x",
    );
    expect([
      long.id,
      long.noLogInit,
      long.createHome,
      long.system,
      long.home?.value,
      long.shell?.value,
    ]).toEqual([1000, true, true, true, "/home/x", "/bin/bash"]);
    expect(user("useradd -lmu 5000 y").id).toBe(5000);
    expect(user("useradd -M z").createHome).toBe(false);
    expect(user("useradd z").createHome).toBeUndefined();
    const dynamic = user("useradd -u $UID z");
    expect([dynamic.id, dynamic.idWord?.raw]).toEqual([undefined, "$UID"]);
    expect(user("sudo useradd -u 1 q").invocation.wrappers).toEqual(["sudo"]);
  });

  it("adduser (Debian and BusyBox), groupadd, addgroup", () => {
    expect(facts(user("adduser -D -u 1000 -G app -s /bin/sh -h /home/app app"))).toMatchObject({
      tool: "adduser",
      name: "app",
      id: 1000,
      group: "app",
      shell: "/bin/sh",
      home: "/home/app",
    });
    const deb = user(
      "adduser --system --uid 999 --group --disabled-password --gecos '' --no-create-home svc",
    );
    expect([
      deb.name?.value,
      deb.id,
      deb.system,
      deb.createHome,
      hasFlag(deb, "disabled"),
      hasFlag(deb, "user-group"),
    ]).toEqual(["svc", 999, true, false, true, true]);
    const g = user("groupadd -r -g 1001 app");
    expect([g.tool, g.isGroup, g.id, g.system, g.name?.value]).toEqual(["groupadd", true, 1001, true, "app"]);
    const a = user("addgroup -S -g 1000 app");
    expect([a.tool, a.id, a.system, a.name?.value]).toEqual(["addgroup", 1000, true, "app"]);
    expect(user("addgroup --system --gid 998 svc").id).toBe(998);
  });
});
