/**
 * Command models over a shell analysis: each simple command's invocation (wrappers removed) and,
 * where it is one, its package-manager, download, user-creation, chmod/chown, cd or rm model.
 * Rules share these instead of re-parsing argv.
 */
import type { ShellAnalysis } from "../types.js";
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
  invocation: Invocation;
  packages?: PackageCommand;
  download?: Download;
  user?: UserCreation;
  mode?: ModeChange;
  cd?: ChangeDirectory;
  rm?: Removal;
}

const cache = new WeakMap<ShellAnalysis, CommandModel[]>();

/** Models for every command of an analysis (computed once per analysis). */
export function commandModels(analysis: ShellAnalysis): CommandModel[] {
  let models = cache.get(analysis);
  if (models) return models;
  models = [];
  for (const command of analysis.commands) {
    const inv = invocation(command);
    if (!inv) continue;
    models.push({
      invocation: inv,
      packages: packageCommand(inv),
      download: download(inv, analysis),
      user: userCreation(inv),
      mode: modeChange(inv),
      cd: changeDirectory(inv),
      rm: removal(inv),
    });
  }
  cache.set(analysis, models);
  return models;
}
