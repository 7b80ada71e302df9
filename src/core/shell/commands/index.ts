/**
 * Command models over a shell analysis: each simple command's invocation (wrappers removed) and,
 * where it is one, its package-manager, download, user-creation, chmod/chown, cd or rm model.
 * Rules share these instead of re-parsing argv.
 */
import type { ShellAnalysis, Word } from "../types.js";
import { type Invocation, invocation } from "./argv.js";
import { type Download, download } from "./downloads.js";
import {
  type ChangeDirectory,
  changeDirectory,
  type ModeChange,
  modeChange,
  type Removal,
  removal,
} from "./files.js";
import { type PackageCommand, packageCommand } from "./packages.js";
import { type UserCreation, userCreation } from "./users.js";

export * from "./argv.js";
export * from "./downloads.js";
export * from "./files.js";
export * from "./packages.js";
export * from "./users.js";

export interface CommandModel {
  /** index of the command in `ShellAnalysis.commands` */
  index: number;
  invocation: Invocation;
  /** run through `sudo`/`doas` (also `invocation.sudo`) */
  sudo?: { word: Word; user?: Word };
  packages?: PackageCommand;
  download?: Download;
  user?: UserCreation;
  mode?: ModeChange;
  cd?: ChangeDirectory;
  rm?: Removal;
}

/**
 * The builders below that apply to one command name each (each also checks the name itself): one
 * Map lookup instead of five calls per command on the cold path.
 */
const BUILDER = new Map<string, "download" | "user" | "mode" | "cd" | "rm">([
  ["curl", "download"],
  ["wget", "download"],
  ["useradd", "user"],
  ["adduser", "user"],
  ["groupadd", "user"],
  ["addgroup", "user"],
  ["chmod", "mode"],
  ["chown", "mode"],
  ["chgrp", "mode"],
  ["cd", "cd"],
  ["pushd", "cd"],
  ["rm", "rm"],
]);

/**
 * The model of one command of an analysis; undefined when its name is not static or absent.
 * Every key is present (undefined when it does not apply), so that all models share one shape:
 * adding them one by one gave 2^7 shapes and slow property stores.
 */
export function commandModel(analysis: ShellAnalysis, index: number): CommandModel | undefined {
  const command = analysis.commands[index];
  const inv = command && invocation(command);
  if (!inv) return undefined;
  const builder = BUILDER.get(inv.name);
  return {
    index,
    invocation: inv,
    sudo: inv.sudo,
    packages: packageCommand(inv),
    download: builder === "download" ? download(inv, analysis) : undefined,
    user: builder === "user" ? userCreation(inv) : undefined,
    mode: builder === "mode" ? modeChange(inv) : undefined,
    cd: builder === "cd" ? changeDirectory(inv) : undefined,
    rm: builder === "rm" ? removal(inv) : undefined,
  };
}

/**
 * Where an analysis keeps its models: a non-enumerable property of the analysis itself, so that
 * they live and die with it. (A module-level WeakMap did the same job, but V8's young-generation
 * GC keeps ephemeron values alive: every analysis's models were copied and promoted, and scavenges
 * took several times longer.)
 */
const MODELS = Symbol("commandModels");

type WithModels = ShellAnalysis & { [MODELS]?: CommandModel[] };

/** Models for every command with a static name, in command order (computed once per analysis). */
export function commandModels(analysis: ShellAnalysis): CommandModel[] {
  const cached = (analysis as WithModels)[MODELS];
  if (cached) return cached;
  const models: CommandModel[] = [];
  for (let i = 0; i < analysis.commands.length; i++) {
    const m = commandModel(analysis, i);
    if (m) models.push(m);
  }
  if (Object.isExtensible(analysis)) {
    Object.defineProperty(analysis, MODELS, { value: models, enumerable: false, configurable: true });
  }
  return models;
}
