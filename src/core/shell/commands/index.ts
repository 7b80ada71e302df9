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
 * The model of one command of an analysis; undefined when its name is not static or absent.
 * Every key is present (undefined when it does not apply), so that all models share one shape:
 * adding them one by one gave 2^7 shapes and slow property stores.
 */
export function commandModel(analysis: ShellAnalysis, index: number): CommandModel | undefined {
  const command = analysis.commands[index];
  const inv = command && invocation(command);
  if (!inv) return undefined;
  return {
    index,
    invocation: inv,
    sudo: inv.sudo,
    packages: packageCommand(inv),
    download: download(inv, analysis),
    user: userCreation(inv),
    mode: modeChange(inv),
    cd: changeDirectory(inv),
    rm: removal(inv),
  };
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
