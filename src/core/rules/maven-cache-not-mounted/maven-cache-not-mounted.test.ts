import { testRule } from "../../lint/rule-tester.js";
import rule from "./maven-cache-not-mounted.js";

/** hadolint checks each case as written and inside ONBUILD */
const both = (code: string) => [code, `ONBUILD ${code}`];

testRule(rule, {
  valid: [
    // hadolint DL3071 spec
    ...both("RUN echo hello"),
    ...both("RUN --mount=type=cache,target=/root/.m2 mvn install"),
    ...both("RUN --mount=type=tmpfs,target=/root/.m2 mvn install"),
    // shipshape
    {
      name: "the repository inside ~/.m2",
      code: "FROM maven:3\nRUN --mount=type=cache,target=/root/.m2/repository mvn -B package",
    },
    {
      name: "-Dmaven.repo.local",
      code: "FROM maven:3\nRUN --mount=type=cache,target=/cache/m2 mvn -Dmaven.repo.local=/cache/m2 package",
    },
    { name: "offline", code: "FROM maven:3\nRUN mvn -o package" },
    "FROM maven:3\nRUN mvn --version",
    "FROM maven:3\nRUN mvn clean",
  ],
  invalid: [
    // hadolint DL3071 spec
    {
      code: "RUN mvn install",
      errors: [{ messageId: "missing", line: 1, column: 5, endLine: 1, endColumn: 16 }],
      onbuild: true,
    },
    { code: "RUN mvn compile", errors: [{ line: 1, column: 5, endLine: 1, endColumn: 16 }], onbuild: true },
    {
      code: "RUN --mount=type=cache,target=/wrong/path mvn install",
      errors: [{ line: 1, column: 43, endLine: 1, endColumn: 54 }],
      onbuild: true,
    },
    // shipshape
    {
      name: "options and clean before the phase",
      code: "FROM maven:3\nRUN mvn -B -f pom.xml clean package",
      errors: [
        {
          message:
            "`mvn package` runs without a BuildKit cache mount on Maven's local repository: the downloaded dependencies and plugins are written into the layer and fetched again on every rebuild; use `RUN --mount=type=cache,target=/root/.m2`",
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 36,
        },
      ],
    },
    {
      name: "the wrapper and a plugin goal",
      code: "FROM eclipse-temurin:21\nRUN ./mvnw dependency:go-offline",
      errors: [
        { message: /^`\.\/mvnw dependency:go-offline`/, line: 2, column: 5, endLine: 2, endColumn: 33 },
      ],
    },
    {
      name: "a profile named like a phase is not the goal",
      code: "FROM maven:3\nRUN mvn -P install verify",
      errors: [{ message: /^`mvn verify`/, line: 2, column: 5, endLine: 2, endColumn: 26 }],
    },
  ],
});
