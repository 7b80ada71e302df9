import { testRule } from "../../lint/rule-tester.js";
import rule from "./nuget-cache-not-mounted.js";

/** hadolint checks each case as written and inside ONBUILD */
const both = (code: string) => [code, `ONBUILD ${code}`];

testRule(rule, {
  valid: [
    // hadolint DL3074 spec
    ...both("RUN echo hello"),
    ...both("RUN --mount=type=cache,target=/root/.nuget/packages dotnet restore"),
    ...both("RUN --mount=type=tmpfs,target=/root/.nuget/packages dotnet restore"),
    ...both("RUN --mount=type=cache,target=/home/app/.nuget/packages dotnet restore"),
    // shipshape
    {
      name: "--no-restore",
      code: "FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN dotnet publish --no-restore -c Release -o /app",
    },
    {
      name: "ENV NUGET_PACKAGES",
      code: "FROM mcr.microsoft.com/dotnet/sdk:8.0\nENV NUGET_PACKAGES=/nuget\nRUN --mount=type=cache,target=/nuget dotnet restore",
    },
    "FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN dotnet --info",
  ],
  invalid: [
    // hadolint DL3074 spec
    {
      code: "RUN dotnet restore",
      errors: [{ messageId: "missing", line: 1, column: 5, endLine: 1, endColumn: 19 }],
      onbuild: true,
    },
    { code: "RUN dotnet build", errors: [{ line: 1, column: 5, endLine: 1, endColumn: 17 }], onbuild: true },
    { code: "RUN nuget restore", errors: [{ line: 1, column: 5, endLine: 1, endColumn: 18 }], onbuild: true },
    {
      code: "RUN --mount=type=cache,target=/wrong/path dotnet restore",
      errors: [{ line: 1, column: 43, endLine: 1, endColumn: 57 }],
      onbuild: true,
    },
    // shipshape
    {
      name: "publish restores unless told not to",
      code: "FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN dotnet publish -c Release -o /app",
      errors: [
        {
          message:
            "`dotnet publish` runs without a BuildKit cache mount on NuGet's global packages folder: the downloaded packages are written into the layer and fetched again on every rebuild; use `RUN --mount=type=cache,target=/root/.nuget/packages`",
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 19,
        },
      ],
    },
  ],
});
