import { defineRule } from "../../lint/rule.js";
import type { Instruction } from "../../syntax/cst.js";

export default defineRule({
  meta: {
    name: "invalid-definition-description",
    category: "style",
    severity: "warning",
    description:
      "A comment right above a build stage or ARG should follow the format `# <arg/stage name> <description>`",
    sources: [{ tool: "buildkit", id: "InvalidDefinitionDescription" }],
    messages: {
      format: "Comment for {{instruction}} should follow the format: `# {{name}} <description>`",
    },
    presets: ["recommended", "buildkit"],
    experimental: true,
  },
  create(ctx) {
    const text = ctx.text;
    const comments = ctx.cst.comments;
    const directives = new Set(ctx.cst.directives.map((d) => d.range.start));
    /** The last comment of the comment block directly above `inst` (no blank line between), or undefined. */
    const descriptionComment = (inst: Instruction): string | undefined => {
      let lineStart = text.lastIndexOf("\n", inst.range.start - 1) + 1;
      let found: string | undefined;
      let first = true;
      for (let i = comments.length - 1; i >= 0; i--) {
        const c = comments[i]!;
        if (c.range.end > lineStart) continue;
        // the comment must sit on the line just above
        const prevLineStart = text.lastIndexOf("\n", lineStart - 2) + 1;
        if (c.range.start < prevLineStart || text.slice(prevLineStart, c.range.start).trim() !== "") break;
        if (directives.has(c.range.start)) break;
        // an empty comment line ends the description block
        if (c.value === "") break;
        if (first) found = c.value;
        first = false;
        lineStart = prevLineStart;
      }
      return found;
    };
    const check = (inst: Instruction, instruction: string, names: string[]) => {
      if (names.length === 0) return;
      const comment = descriptionComment(inst);
      if (comment === undefined) return;
      if (names.includes(comment.split(" ")[0]!)) return;
      ctx.report({
        range: inst.range,
        messageId: "format",
        data: { instruction, name: names.length > 1 ? "<arg_key>" : names[0]! },
      });
    };
    return {
      FROM(inst, _info, onbuild) {
        if (onbuild || inst.args.type !== "from" || !inst.args.stage) return;
        check(inst, "FROM", [inst.args.stage.value]);
      },
      ARG(inst, _info, onbuild) {
        if (onbuild || inst.args.type !== "arg") return;
        check(
          inst,
          "ARG",
          inst.args.args.map((a) => a.key.value),
        );
      },
    };
  },
});
