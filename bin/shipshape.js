#!/usr/bin/env node
import("../dist/cli.js").catch((error) => {
  if (error && error.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist/cli.js")) {
    console.error("shipshape: not built yet. Run `npm run build` in the shipshape checkout first.");
    process.exit(2);
  }
  throw error;
});
