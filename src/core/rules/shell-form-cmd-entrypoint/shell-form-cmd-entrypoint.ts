import { defineRule, type Fix } from "../../lint/rule.js";
import type { Instruction } from "../../syntax/cst.js";

/** Characters a static, unquoted shell word may contain (no operators, expansions, globs, comments). */
const PLAIN = /^[A-Za-z0-9_\-./:@%+,=^]$/;

/** Words that are shell keywords or builtins: not programs that exec form could start. */
const NOT_PROGRAMS = new Set([
  "!",
  ".",
  ":",
  "[[",
  "alias",
  "bg",
  "break",
  "builtin",
  "case",
  "cd",
  "command",
  "continue",
  "declare",
  "do",
  "done",
  "elif",
  "else",
  "esac",
  "eval",
  "exec",
  "exit",
  "export",
  "fg",
  "fi",
  "for",
  "function",
  "if",
  "jobs",
  "let",
  "local",
  "read",
  "readonly",
  "return",
  "select",
  "set",
  "shift",
  "shopt",
  "source",
  "then",
  "time",
  "trap",
  "typeset",
  "ulimit",
  "umask",
  "unalias",
  "unset",
  "until",
  "wait",
  "while",
]);

/**
 * Splits shell text into words when it is one simple command of static words: unquoted plain
 * characters, single-quoted text, and double-quoted text without `$`, backquotes or escapes.
 * Returns null for anything else (operators, expansions, redirections, globs, assignments).
 */
export function staticWords(text: string): string[] | null {
  const words: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && (text[i] === " " || text[i] === "\t")) i++;
    if (i >= n) break;
    let word = "";
    let quoted = false;
    while (i < n && text[i] !== " " && text[i] !== "\t") {
      const c = text[i]!;
      if (c === "'") {
        const close = text.indexOf("'", i + 1);
        if (close === -1) return null;
        word += text.slice(i + 1, close);
        quoted = true;
        i = close + 1;
      } else if (c === '"') {
        const close = text.indexOf('"', i + 1);
        if (close === -1) return null;
        const inner = text.slice(i + 1, close);
        if (/[$`\\]/.test(inner)) return null;
        word += inner;
        quoted = true;
        i = close + 1;
      } else if (PLAIN.test(c)) {
        word += c;
        i++;
      } else return null;
    }
    if (!quoted && words.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) return null;
    words.push(word);
  }
  // `exec prog args` in sh -c replaces the shell by prog: the exec form says the same
  if (words[0] === "exec" && words.length > 1) words.shift();
  if (words.length === 0 || words[0] === "" || NOT_PROGRAMS.has(words[0]!)) return null;
  return words;
}

export default defineRule({
  meta: {
    name: "shell-form-cmd-entrypoint",
    category: "correctness",
    severity: "warning",
    description:
      "CMD and ENTRYPOINT in shell form run under /bin/sh -c, which does not forward signals: use JSON (exec) form",
    sources: [
      { tool: "hadolint", id: "DL3025" },
      { tool: "buildkit", id: "JSONArgsRecommended" },
    ],
    fix: { availability: "sometimes", safety: "unsafe" },
    messages: {
      shellForm:
        "JSON arguments recommended for {{name}} to prevent unintended behavior related to OS signals: the command runs as a child of /bin/sh -c",
    },
    presets: ["recommended", "hadolint", "buildkit"],
  },
  create(ctx) {
    // `reportWithShell: true` also reports stages that set SHELL explicitly (hadolint's DL3025 does; BuildKit does not)
    const reportWithShell = ctx.options.reportWithShell === true;
    const visit = (inst: Instruction, info: { shell: { setBy?: Instruction } }, onbuild?: Instruction) => {
      if (onbuild) return;
      if (inst.args.type !== "command" || inst.args.form !== "shell" || !inst.args.shell) return;
      const shellSet = info.shell.setBy !== undefined;
      if (shellSet && !reportWithShell) return;
      const shell = inst.args.shell;
      let fix: Fix | undefined;
      const words = shellSet ? null : staticWords(shell.value);
      if (words) {
        fix = {
          // ENTRYPOINT in exec form also receives CMD as arguments: a person must check that
          safety: inst.name === "ENTRYPOINT" ? "suggestion" : "unsafe",
          title: "Use the exec form",
          edits: [{ range: shell.range, text: `[${words.map((w) => JSON.stringify(w)).join(", ")}]` }],
        };
      }
      ctx.report({ range: shell.range, messageId: "shellForm", data: { name: inst.name }, fix });
    };
    return { CMD: visit, ENTRYPOINT: visit };
  },
});
