import { describe, expect, it } from "vitest";
import { artifact, fileUri, pascalCase } from "./sarif.js";
import { displayPath, fnv1a64, oneLine, terminalText, xmlAttr, xmlText } from "./util.js";

describe("report helpers", () => {
  it("displayPath: relative inside cwd, forward slashes, no ./, absolute outside", () => {
    expect(displayPath("/work/app/Dockerfile", "/work/app")).toBe("Dockerfile");
    expect(displayPath("/work/app/a/Dockerfile", "/work/app/")).toBe("a/Dockerfile");
    expect(displayPath("/work/application/Dockerfile", "/work/app")).toBe("/work/application/Dockerfile");
    expect(displayPath("/work/app", "/work/app")).toBe(".");
    expect(displayPath("/x/Dockerfile", "/")).toBe("x/Dockerfile");
    expect(displayPath("./a/./Dockerfile")).toBe("a/./Dockerfile");
    expect(displayPath("C:\\src\\app\\Dockerfile", "c:\\src")).toBe("app/Dockerfile");
    expect(displayPath("D:\\src\\Dockerfile", "C:\\src")).toBe("D:/src/Dockerfile");
    expect(displayPath("-")).toBe("-");
  });

  it("FNV-1a 64 matches the reference test vectors (UTF-8 bytes)", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
    expect(fnv1a64("é")).not.toBe(fnv1a64("\u00e9\u0000"));
  });

  it("XML escaping for attributes and text", () => {
    expect(xmlAttr(`<a href="x">&'\t\r\n`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&#9;&#13;&#10;");
    expect(xmlText(`<a href="x">&'\t\r\n`)).toBe('&lt;a href="x"&gt;&amp;\'\t&#13;\n');
    // not allowed in XML 1.0: C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates
    expect(xmlAttr("a\u0000b\u001fc\ufffed\uffffe\udc00f")).toBe("a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf");
    expect(xmlText("🐳 é 日本")).toBe("🐳 é 日本");
  });

  it("terminal text is one line without control sequences", () => {
    expect(oneLine("a\n  b\r\n\r\nc \n d")).toBe("a b c d");
    expect(terminalText("a\tb\u001b[0m\u0007\u009b\u2066x")).toBe("a b␛[0m␇\ufffd\ufffdx");
  });

  it("SARIF names and URIs", () => {
    expect(pascalCase("apt-pin-versions")).toBe("AptPinVersions");
    expect(pascalCase("dl3008")).toBe("Dl3008");
    expect(fileUri("/a b/c")).toBe("file:///a%20b/c");
    expect(fileUri("C:/x y/Dockerfile")).toBe("file:///C:/x%20y/Dockerfile");
    expect(fileUri("//server/share/Dockerfile")).toBe("file://server/share/Dockerfile");
    expect(artifact("docker/Dockerfile.prod")).toEqual({
      uri: "docker/Dockerfile.prod",
      uriBaseId: "%SRCROOT%",
    });
    expect(artifact("a:b/[x]")).toEqual({ uri: "a%3Ab/%5Bx%5D", uriBaseId: "%SRCROOT%" });
  });
});
