import { testRule } from "../../lint/rule-tester.js";
import rule from "./npm-unpinned-version.js";

// hadolint DL3016Spec checks each case inside ONBUILD too: `ONBUILD RUN` valid cases and `onbuild: true`
const specValid = [
  "RUN npm install",
  "RUN npm install --progress=false",
  "RUN npm install express@4.1.1",
  'RUN npm install @myorg/privatepackage@">=0.1.0"',
  'RUN npm install express@"4.1.1" sax@0.1.1',
  'RUN npm install --global express@"4.1.1"',
  'RUN npm install -g express@"4.1.1"',
  "RUN npm install package-v1.2.3.tar",
  "RUN npm install package-v1.2.3.tar.gz",
  "RUN npm install package-v1.2.3.tgz",
  "RUN npm install /folder",
  "RUN npm install ./folder",
  "RUN npm install ../folder",
  "RUN npm install ~/folder",
  "RUN npm install git+ssh://git@github.com:npm/npm.git#v1.0.27",
  "RUN npm install git+http://isaacs@github.com/npm/npm#semver:^5.0",
  "RUN npm install git+https://isaacs@github.com/npm/npm.git#v1.0.27",
  "RUN npm install git://github.com/npm/npm.git#v1.0.27",
  "RUN npm run --crazy install",
  'RUN npm install @myorg/privatepackage@">=0.1.0 <0.2.0"',
  "RUN npm install --loglevel verbose sax@0.1.1",
];

testRule(rule, {
  valid: [
    ...specValid,
    ...specValid.map((c) => `ONBUILD ${c}`),
    "RUN npm ci",
    "RUN npm install @angular/cli@17.0.0",
    "RUN npm install ./local-package",
    "RUN npm install git+https://github.com/org/repo.git#v1.0.0",
    "RUN npm install github:npm/cli#v10.2.0",
    "RUN npm install $PKG",
  ],
  invalid: [
    {
      code: "RUN npm install express",
      errors: [{ messageId: "unpinned", line: 1, column: 17, endLine: 1, endColumn: 24 }],
      onbuild: true,
    },
    { code: "RUN npm i -g @angular/cli", errors: [{ line: 1, column: 14, endLine: 1, endColumn: 26 }] },
    { code: "RUN npm install express@", errors: [{ line: 1, column: 17, endLine: 1, endColumn: 25 }] },
    {
      code: "RUN npm install @myorg/privatepackage",
      errors: [{ messageId: "unpinned", line: 1, column: 17, endLine: 1, endColumn: 38 }],
      onbuild: true,
    },
    {
      code: "RUN npm install express sax@0.1.1",
      errors: [{ messageId: "unpinned", line: 1, column: 17, endLine: 1, endColumn: 24 }],
      onbuild: true,
    },
    {
      code: "RUN npm install --global express",
      errors: [{ messageId: "unpinned", line: 1, column: 26, endLine: 1, endColumn: 33 }],
      onbuild: true,
    },
    {
      code: "RUN npm install git+ssh://git@github.com:npm/npm.git",
      errors: [{ messageId: "unpinnedGit", line: 1, column: 17, endLine: 1, endColumn: 53 }],
      onbuild: true,
    },
    {
      code: "RUN npm install git+http://isaacs@github.com/npm/npm",
      errors: [{ messageId: "unpinnedGit", line: 1, column: 17, endLine: 1, endColumn: 53 }],
      onbuild: true,
    },
    {
      code: "RUN npm install git+https://isaacs@github.com/npm/npm.git",
      errors: [{ messageId: "unpinnedGit", line: 1, column: 17, endLine: 1, endColumn: 58 }],
      onbuild: true,
    },
    {
      code: "RUN npm install git://github.com/npm/npm.git",
      errors: [{ messageId: "unpinnedGit", line: 1, column: 17, endLine: 1, endColumn: 45 }],
      onbuild: true,
    },
    {
      code: "RUN npm install github:npm/cli",
      errors: [{ messageId: "unpinnedGit", line: 1, column: 17, endLine: 1, endColumn: 31 }],
    },
  ],
});
