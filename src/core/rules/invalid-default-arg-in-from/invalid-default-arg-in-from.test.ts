import { testRule } from "../../lint/rule-tester.js";
import rule from "./invalid-default-arg-in-from.js";

testRule(rule, {
  valid: [
    {
      name: "BuildKit: default given",
      code: '\nARG VERSION="latest"\nFROM busybox:${VERSION}\n',
      analyze: { buildArgs: { VERSION: "latest" } },
    },
    {
      name: "BuildKit: empty default is fine",
      code: '\nARG BUSYBOX_VARIANT=""\nFROM busybox:stable${BUSYBOX_VARIANT}\n',
    },
    {
      name: "BuildKit: no default is fine",
      code: "\n\tARG BUSYBOX_VARIANT\n\tFROM busybox:stable${BUSYBOX_VARIANT}\n\t",
    },
    { name: "no variable", code: "FROM alpine:3.20\n" },
    { name: "default with a default expression", code: "ARG IMAGE\nFROM ${IMAGE:-alpine}\n" },
    { name: "platform args are not known statically", code: "FROM alpine:${TARGETARCH}\n" },
    {
      name: "a global ARG defaulting to a platform ARG (BuildKit sets those in the global scope)",
      code: "ARG FLAVOR=${TARGETARCH}\nFROM alpine AS amd64\nFROM ${FLAVOR} AS archive\n",
    },
    {
      name: "a global ARG built from one that defaults to a platform ARG",
      code: "ARG ARCH=$BUILDARCH\nARG IMAGE=base-${ARCH}\nFROM ${IMAGE}\n",
    },
  ],
  invalid: [
    {
      name: "a platform-dependent default overridden by a plain one",
      code: "ARG IMAGE=${TARGETARCH}\nARG IMAGE\nARG IMAGE=\nFROM ${IMAGE}\n",
      errors: [{ message: /ARG \$\{IMAGE\} results/, line: 4, column: 6, endLine: 4, endColumn: 14 }],
    },
    {
      name: "BuildKit: empty tag",
      code: "\nARG VERSION\nFROM busybox:$VERSION\n",
      analyze: { buildArgs: { VERSION: "latest" } },
      errors: [
        {
          message: "Default value for ARG busybox:$VERSION results in empty or invalid base image name",
          line: 3,
          column: 6,
          endLine: 3,
          endColumn: 22,
        },
      ],
    },
    {
      name: "BuildKit: empty image",
      code: "\nARG IMAGE\nFROM $IMAGE\n",
      errors: [
        {
          message: "Default value for ARG $IMAGE results in empty or invalid base image name",
          line: 3,
          column: 6,
          endLine: 3,
          endColumn: 12,
        },
      ],
    },
    {
      name: "BuildKit: invalid default",
      code: '\nARG SFX="box:"\nFROM busy${SFX}\n',
      errors: [{ message: /ARG busy\$\{SFX\} results/, line: 3, column: 6, endLine: 3, endColumn: 16 }],
    },
  ],
});
