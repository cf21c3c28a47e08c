// The end-to-end test trusts the OpenAPI check of test/helpers/openapi.ts to reject what
// GitHub would reject; this shows it does, request by request.
import { beforeAll, describe, expect, it } from "vitest";
import { loadGitHubOpenApi, type OpenApiValidator } from "./helpers/openapi.js";

let api: OpenApiValidator;
beforeAll(() => {
  api = loadGitHubOpenApi();
});

const checkRun = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    name: "ztgate",
    head_sha: "6dcb09b5b57875f334f61aebed695e2e4193db5e",
    status: "completed",
    conclusion: "failure",
    output: { title: "t", summary: "s", annotations: [] },
    ...extra,
  });

const annotation = {
  path: "a.ts",
  start_line: 1,
  end_line: 1,
  annotation_level: "failure",
  message: "m",
};

describe("requests checked against GitHub's OpenAPI description", () => {
  it.each([
    ["GET", "/repos/acme/payments/issues/42/comments?per_page=100", "", "issues/list-comments"],
    ["POST", "/repos/acme/payments/issues/42/comments", '{"body":"hi"}', "issues/create-comment"],
    ["PATCH", "/repos/acme/payments/issues/comments/7", '{"body":"hi"}', "issues/update-comment"],
    ["DELETE", "/repos/acme/payments/issues/comments/7", "", "issues/delete-comment"],
    ["POST", "/repos/acme/payments/check-runs", checkRun(), "checks/create"],
    ["GET", "/repos/acme/payments/pulls/42/files?per_page=100&page=2", "", "pulls/list-files"],
    [
      "PATCH",
      "/app/hook/config",
      '{"content_type":"json","insecure_ssl":"0"}',
      "apps/update-webhook-config-for-app",
    ],
  ])("accepts %s %s", (method, url, body, operationId) => {
    expect(api.check(method, url, body)).toMatchObject({ operationId, problems: [] });
  });

  it.each([
    [
      "an unknown route",
      "POST",
      "/repos/acme/payments/issue/42/comments",
      '{"body":"x"}',
      /no such route/,
    ],
    [
      "a wrong method",
      "PUT",
      "/repos/acme/payments/issues/42/comments",
      '{"body":"x"}',
      /method PUT not allowed/,
    ],
    [
      "a non-numeric path id",
      "PATCH",
      "/repos/acme/payments/issues/comments/abc",
      '{"body":"x"}',
      /comment_id=abc/,
    ],
    [
      "an undocumented query parameter",
      "GET",
      "/repos/acme/payments/issues/42/comments?perpage=100",
      "",
      /undocumented query parameter perpage/,
    ],
    [
      "a missing required body field",
      "POST",
      "/repos/acme/payments/issues/42/comments",
      '{"text":"x"}',
      /must have required property 'body'/,
    ],
    [
      "a wrong body type",
      "PATCH",
      "/repos/acme/payments/issues/comments/7",
      '{"body":42}',
      /body\/body must be string/,
    ],
    [
      "a body where none is taken",
      "DELETE",
      "/repos/acme/payments/issues/comments/7",
      '{"body":"x"}',
      /takes no request body/,
    ],
    ["a missing body", "POST", "/repos/acme/payments/check-runs", "", /requires a body/],
    [
      "an invalid conclusion",
      "POST",
      "/repos/acme/payments/check-runs",
      checkRun({ conclusion: "failed" }),
      /conclusion must be equal to one of the allowed values/,
    ],
    [
      "51 annotations in one request",
      "POST",
      "/repos/acme/payments/check-runs",
      checkRun({ output: { title: "t", summary: "s", annotations: Array(51).fill(annotation) } }),
      /annotations must NOT have more than 50 items/,
    ],
    [
      "a summary over 65,535 characters",
      "POST",
      "/repos/acme/payments/check-runs",
      checkRun({ output: { title: "t", summary: "x".repeat(65_536) } }),
      /summary must NOT have more than 65535 characters/,
    ],
    [
      "a $ref'd schema violated",
      "PATCH",
      "/app/hook/config",
      '{"content_type":7}',
      /content_type must be string/,
    ],
  ])("rejects %s", (_what, method, url, body, problem) => {
    const { problems } = api.check(method, url, body);
    expect(problems.join("\n")).toMatch(problem);
  });
});
