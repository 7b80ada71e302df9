import { testRule } from "../../lint/rule-tester.js";
import rule from "./gradle-cache-not-mounted.js";

/** hadolint checks each case as written and inside ONBUILD */
const both = (code: string) => [code, `ONBUILD ${code}`];

testRule(rule, {
  valid: [
    // hadolint DL3072 spec
    ...both("RUN echo hello"),
    ...both("RUN --mount=type=cache,target=/root/.gradle gradle build"),
    ...both("RUN --mount=type=tmpfs,target=/root/.gradle gradle build"),
    ...both("RUN --mount=type=cache,target=/root/.gradle ./gradlew build"),
    // shipshape
    {
      name: "ENV GRADLE_USER_HOME",
      code: "FROM gradle:8\nENV GRADLE_USER_HOME=/cache/gradle\nRUN --mount=type=cache,target=/cache/gradle gradle build",
    },
    {
      name: "--gradle-user-home",
      code: "FROM gradle:8\nRUN --mount=type=cache,target=/gh gradle --gradle-user-home /gh build",
    },
    { name: "--offline", code: "FROM gradle:8\nRUN gradle --offline build" },
    { name: "only the version", code: "FROM gradle:8\nRUN gradle --version" },
  ],
  invalid: [
    // hadolint DL3072 spec
    {
      code: "RUN gradle build",
      errors: [{ messageId: "missing", line: 1, column: 5, endLine: 1, endColumn: 17 }],
      onbuild: true,
    },
    {
      code: "RUN ./gradlew build",
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 20 }],
      onbuild: true,
    },
    {
      code: "RUN --mount=type=cache,target=/wrong/path gradle build",
      errors: [{ line: 1, column: 43, endLine: 1, endColumn: 55 }],
      onbuild: true,
    },
    // shipshape
    {
      name: "no task: the name",
      code: "FROM eclipse-temurin:21\nRUN ./gradlew",
      errors: [
        {
          message:
            "`./gradlew` runs without a BuildKit cache mount on Gradle's user home: the downloaded dependencies (and the wrapper's distribution) are written into the layer and fetched again on every rebuild; use `RUN --mount=type=cache,target=/root/.gradle`",
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 14,
        },
      ],
    },
    {
      name: "an excluded task is not the task",
      code: "FROM gradle:8\nRUN gradle -x test bootJar",
      errors: [{ message: /^`gradle bootJar`/, line: 2, column: 5, endLine: 2, endColumn: 27 }],
    },
  ],
});
