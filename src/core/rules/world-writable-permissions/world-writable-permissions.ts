import { defineRule } from "../../lint/rule.js";
import { commandModels } from "../../shell/commands/index.js";

/** The directories that are world-writable with the sticky bit (mode 1777) in every Linux image. */
const TEMP_DIRS = new Set(["/tmp", "/var/tmp", "/dev/shm"]);

/**
 * `chmod 1777 /tmp` (or `a+rwxt`): the mode a temporary directory has anyway; the sticky bit
 * keeps users from removing each other's files.
 */
function restoresTempDirMode(
  spec: string | null | undefined,
  targets: readonly { value: string | null }[],
): boolean {
  if (!spec || !(/^0?1[0-7]{3}$/.test(spec) || /^[ugoa]*[+=][rwxXst]*t[rwxXst]*$/.test(spec))) return false;
  return (
    targets.length > 0 &&
    targets.every((t) => t.value !== null && TEMP_DIRS.has(t.value.replace(/(?<=.)\/+$/, "")))
  );
}

export default defineRule({
  meta: {
    name: "world-writable-permissions",
    category: "security",
    severity: "warning",
    description: "RUN chmod makes files writable by every user (777, o+w, a+w)",
    sources: [],
    messages: {
      worldWritable:
        "`chmod {{mode}}` makes files writable by any user of the container; grant write access to the owner or group only",
    },
    runCommands: ["chmod", "chown", "chgrp"],
    presets: ["recommended"],
  },
  create(ctx) {
    return {
      RUN(inst) {
        const sh = ctx.shell(inst);
        if (!sh) return;
        for (const { mode } of commandModels(sh)) {
          if (!mode?.worldWritable || !mode.spec) continue;
          if (restoresTempDirMode(mode.spec.value, mode.targets)) continue;
          ctx.report({
            range: mode.spec.range,
            messageId: "worldWritable",
            data: { mode: mode.spec.value ?? "" },
          });
        }
      },
      COPY(inst) {
        // COPY --chmod=777 / ADD --chmod=777
        const flag = inst.flags.find((f) => f.name === "chmod");
        if (
          flag?.value &&
          /^[0-7]{3,4}$/.test(flag.value) &&
          (Number.parseInt(flag.value.slice(-1), 8) & 2) !== 0
        )
          ctx.report({
            range: flag.valueRange ?? flag.range,
            messageId: "worldWritable",
            data: { mode: flag.value },
          });
      },
      ADD(inst) {
        const flag = inst.flags.find((f) => f.name === "chmod");
        if (
          flag?.value &&
          /^[0-7]{3,4}$/.test(flag.value) &&
          (Number.parseInt(flag.value.slice(-1), 8) & 2) !== 0
        )
          ctx.report({
            range: flag.valueRange ?? flag.range,
            messageId: "worldWritable",
            data: { mode: flag.value },
          });
      },
    };
  },
});
