// Checks HTTP requests against GitHub's published REST description (@octokit/openapi,
// api.github.com, OpenAPI 3.0): the path must be a documented route with that method, path and
// query parameters must fit their schemas, and the JSON body must validate against the
// operation's requestBody schema with its $refs resolved. Anything the real API would reject
// comes back as a list of problems.
import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

type Json = Record<string, unknown>;

interface Parameter {
  name: string;
  in: "path" | "query" | "header";
  required?: boolean;
  schema?: Json;
}

interface Operation {
  operationId: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Json }> };
}

interface Route {
  template: string;
  pattern: RegExp;
  names: string[];
  literals: number;
  item: Record<string, Operation>;
}

export interface CheckedRequest {
  operationId?: string;
  params: Record<string, string>;
  problems: string[];
}

const require = createRequire(import.meta.url);

export function loadGitHubOpenApi(): OpenApiValidator {
  const pkg = dirname(require.resolve("@octokit/openapi/package.json"));
  const doc = JSON.parse(
    readFileSync(join(pkg, "generated", "api.github.com.json"), "utf8"),
  ) as Json;
  return new OpenApiValidator(doc);
}

export class OpenApiValidator {
  private readonly routes: Route[];
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly components: Json;

  constructor(private readonly doc: Json) {
    this.components = doc.components as Json;
    // OpenAPI 3.0 schemas carry keywords JSON Schema does not know (example, x-github...):
    // not strict; `nullable` is understood by Ajv itself.
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats.default(this.ajv);
    this.routes = Object.entries(doc.paths as Record<string, Record<string, Operation>>).map(
      ([template, item]) => {
        const names: string[] = [];
        const source = template
          .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
          .replace(/\{([^}]+)\}/g, (_m, n: string) => {
            names.push(n);
            return "([^/]+)";
          });
        const literals = template.split("/").filter((s) => s && !s.startsWith("{")).length;
        return { template, pattern: new RegExp(`^${source}$`), names, literals, item };
      },
    );
  }

  /** Resolves a local $ref ("#/components/parameters/owner") once. */
  private deref<T>(value: T | { $ref: string }): T {
    let v = value as unknown;
    for (let i = 0; i < 10 && v && typeof v === "object" && "$ref" in v; i++) {
      const path = (v as { $ref: string }).$ref.replace(/^#\//, "").split("/");
      v = path.reduce<unknown>(
        (o, k) => (o as Json)[k.replace(/~1/g, "/").replace(/~0/g, "~")],
        this.doc,
      );
    }
    return v as T;
  }

  private validator(key: string, schema: Json): ValidateFunction {
    let fn = this.compiled.get(key);
    if (!fn) {
      // The operation's schema with the document's components beside it, so every
      // "#/components/..." $ref inside resolves.
      fn = this.ajv.compile({ ...schema, components: this.components });
      this.compiled.set(key, fn);
    }
    return fn;
  }

  check(method: string, url: string, body: string): CheckedRequest {
    const { pathname, searchParams } = new URL(url, "http://localhost");
    const candidates = this.routes
      .filter((r) => r.pattern.test(pathname))
      .sort((a, b) => b.literals - a.literals);
    const route = candidates.find((r) => r.item[method.toLowerCase()]);
    if (!route) {
      const why = candidates.length ? `method ${method} not allowed` : "no such route";
      return { params: {}, problems: [`${method} ${pathname}: ${why}`] };
    }
    const op = route.item[method.toLowerCase()]!;
    const values = route.pattern.exec(pathname)!.slice(1).map(decodeURIComponent);
    const params = Object.fromEntries(route.names.map((n, i) => [n, values[i]!]));
    const problems: string[] = [];
    const declared = (op.parameters ?? []).map((p) => this.deref<Parameter>(p));
    for (const p of declared) {
      const raw =
        p.in === "path" ? params[p.name] : p.in === "query" ? searchParams.get(p.name) : null;
      if (raw === null || raw === undefined) {
        if (p.required && p.in !== "header") problems.push(`missing ${p.in} parameter ${p.name}`);
        continue;
      }
      if (
        p.schema &&
        !this.ajv.validate(this.deref(p.schema), coerce(raw, this.deref<Json>(p.schema)))
      ) {
        problems.push(`${p.in} parameter ${p.name}=${raw}: ${this.ajv.errorsText()}`);
      }
    }
    for (const name of searchParams.keys()) {
      if (!declared.some((p) => p.in === "query" && p.name === name)) {
        problems.push(`undocumented query parameter ${name}`);
      }
    }
    problems.push(...this.checkBody(op, method, route.template, body));
    return { operationId: op.operationId, params, problems };
  }

  private checkBody(op: Operation, method: string, template: string, body: string): string[] {
    const requestBody = op.requestBody ? this.deref(op.requestBody) : undefined;
    if (!requestBody) return body.trim() ? [`${op.operationId} takes no request body`] : [];
    if (!body.trim()) return requestBody.required ? [`${op.operationId} requires a body`] : [];
    const schema = requestBody.content["application/json"]?.schema;
    if (!schema) return [`${op.operationId} does not take JSON`];
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return [`${op.operationId}: body is not JSON`];
    }
    const validate = this.validator(`${method} ${template}`, schema);
    if (validate(parsed)) return [];
    return (validate.errors ?? []).map(
      (e) => `${op.operationId} body${e.instancePath} ${e.message}`,
    );
  }
}

function coerce(raw: string, schema: Json): unknown {
  if ((schema.type === "integer" || schema.type === "number") && /^-?\d+(\.\d+)?$/.test(raw)) {
    return Number(raw);
  }
  if (schema.type === "boolean" && (raw === "true" || raw === "false")) return raw === "true";
  return raw;
}
