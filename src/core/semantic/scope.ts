/**
 * Variable scopes with BuildKit's rules, as an immutable chain of bindings: each ARG or ENV adds
 * a binding in front, so every instruction can keep the scope it sees at no copying cost.
 * ENV always wins over an ARG of the same name, whatever their order.
 */
import type { Instruction } from "../syntax/cst.js";

export type VariableKind = "arg" | "env";

export interface Binding {
  name: string;
  kind: VariableKind;
  /** null: declared, value unknown (ARG without default and no build arg, or from an unknown image) */
  value: string | null;
  /** the declaring instruction; undefined for predefined and inherited-from-image variables */
  instruction?: Instruction;
  next: Binding | null;
  /** how many ENV bindings the chain from here holds: a lookup that found an ARG stops at 0 */
  envs: number;
}

export function bind(
  next: Binding | null,
  name: string,
  kind: VariableKind,
  value: string | null,
  instruction?: Instruction,
): Binding {
  return { name, kind, value, instruction, next, envs: (kind === "env" ? 1 : 0) + (next ? next.envs : 0) };
}

/** The binding a lookup of `name` sees: the latest ENV, else the latest ARG. */
export function resolve(scope: Binding | null, name: string): Binding | undefined {
  let arg: Binding | undefined;
  for (let b = scope; b; b = b.next) {
    // an ARG found and no ENV further down: nothing can override it (ARG-only scopes stay O(distance))
    if (arg && b.envs === 0) break;
    if (b.name !== name) continue;
    if (b.kind === "env") return b;
    arg ??= b;
  }
  return arg;
}

/** All visible variables, latest first, one per name (ENV over ARG). */
export function visible(scope: Binding | null): Binding[] {
  // one walk: a name keeps the place of its latest binding, and its latest ENV if it has one
  const at = new Map<string, number>();
  const out: Binding[] = [];
  for (let b = scope; b; b = b.next) {
    const i = at.get(b.name);
    if (i === undefined) {
      at.set(b.name, out.length);
      out.push(b);
    } else if (b.kind === "env" && out[i]!.kind !== "env") out[i] = b;
  }
  return out;
}

/** `resolve` for many lookups in one scope: a map of `visible(scope)`. */
export function resolver(scope: Binding | null): (name: string) => Binding | undefined {
  const byName = new Map<string, Binding>();
  for (const b of visible(scope)) byName.set(b.name, b);
  return (name) => byName.get(name);
}

/** Only the ENV bindings (what a later `FROM <stage>` inherits). */
export function envOnly(scope: Binding | null): Binding | null {
  const envs: Binding[] = [];
  for (let b = scope; b; b = b.next) if (b.kind === "env") envs.push(b);
  let out: Binding | null = null;
  for (let i = envs.length - 1; i >= 0; i--) {
    const b = envs[i]!;
    out = bind(out, b.name, "env", b.value, b.instruction);
  }
  return out;
}
