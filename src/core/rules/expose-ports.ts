/** Shared by the EXPOSE rules: the container port range a port word stands for, after expansion. */
import type { RuleContext } from "../lint/rule.js";
import type { InstructionInfo } from "../semantic/model.js";
import type { Word } from "../syntax/cst.js";

/**
 * `{ low, high }` for `80`, `8000-8010`, `${PORT}` (when known) and host mappings `ip:host:container`
 * (the container part); null when unknown or not a number. In an ONBUILD trigger variables expand in
 * the child build, so they are unknown here.
 */
export function containerPorts(
  ctx: RuleContext,
  info: InstructionInfo,
  port: Word,
  onbuild: unknown,
): { low: number; high: number; lowText: string; highText?: string } | null {
  let text = port.value;
  if (text.includes("$")) {
    if (onbuild) return null;
    const expanded = ctx.model.expand(info, text);
    if (!expanded.ok || expanded.unknown) return null;
    text = expanded.value;
  }
  const container = text.slice(text.lastIndexOf(":") + 1);
  const m = /^(\d+)(?:-(\d+))?$/.exec(container);
  if (!m) return null;
  const low = Number(m[1]);
  return { low, high: m[2] === undefined ? low : Number(m[2]), lowText: m[1]!, highText: m[2] };
}
