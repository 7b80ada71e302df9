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

/** The model of one command of an analysis; undefined when its name is not static or absent. */
export function commandModel(analysis: ShellAnalysis, index: number): CommandModel | undefined {
  const command = analysis.commands[index];
  const inv = command && invocation(command);
  if (!inv) return undefined;
  const model: CommandModel = { index, invocation: inv };
  if (inv.sudo) model.sudo = inv.sudo;
  const packages = packageCommand(inv);
  if (packages) model.packages = packages;
  const dl = download(inv, analysis);
  if (dl) model.download = dl;
  const user = userCreation(inv);
  if (user) model.user = user;
  const mode = modeChange(inv);
  if (mode) model.mode = mode;
  const cd = changeDirectory(inv);
  if (cd) model.cd = cd;
  const rm = removal(inv);
  if (rm) model.rm = rm;
  return model;
}

const cache = new WeakMap<ShellAnalysis, CommandModel[]>();

/** Models for every command with a static name, in command order (computed once per analysis). */
export function commandModels(analysis: ShellAnalysis): CommandModel[] {
  let models = cache.get(analysis);
  if (models) return models;
  models = [];
  for (let i = 0; i < analysis.commands.length; i++) {
    const m = commandModel(analysis, i);
    if (m) models.push(m);
  }
  cache.set(analysis, models);
  return models;
}
