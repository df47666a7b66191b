// The TypeScript client a team gets from the banking and agent contract
// (openapi-typescript types, openapi-fetch calls), against the sandbox: the
// partner's JWT pair, lookup, deposit, statement, a refused withdrawal; the
// agent's cash-out in two steps; an HTML 502. Compiled with tsc --strict by
// `../portability.sh ihela-banking`, next to the generated schema.d.ts; exits
// non-zero on the first failed check. The partner's and agent's credentials
// are the sandbox's defaults.
import createClient from "openapi-fetch";
import type { components, paths } from "./schema.js";

type OperationStatus = components["schemas"]["OperationStatus"];

const base = process.env.SANDBOX_URL ?? "";
let checks = 0;

function check(what: string, condition: boolean, detail: unknown): void {
  checks += 1;
  if (!condition) {
    console.error(`FAILED: ${what}: ${JSON.stringify(detail)}`);
    process.exit(1);
  }
  console.log(`  ok  ${what}`);
}

async function control(path: string, body: object = {}): Promise<Record<string, string>> {
  const answer = await fetch(`${base}/_sandbox/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  check(`sandbox control ${path}`, answer.ok, answer.status);
  return (await answer.json()) as Record<string, string>;
}

function unique(prefix: string): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 12)}`;
}

async function main(): Promise<void> {
  console.log(`generated TypeScript client (banking and agent) against ${base}`);
  const anonymous = createClient<paths>({ baseUrl: base });
  const pair = await anonymous.POST("/ihela/api/v1/auth-token/", {
    body: { username: "sandbox-partner", password: "sandbox-partner-password" },
  });
  check("request_jwt", (pair.data?.access.length ?? 0) > 0, pair.error);
  const partner = createClient<paths>({
    baseUrl: base,
    headers: { Authorization: `Bearer ${pair.data?.access ?? ""}` },
  });

  const found = await partner.POST("/ihela/api/v1/account-lookup/", { body: { account_number: "ACT-123" } });
  check("account_lookup", found.data?.response_data?.account_holder === "John Doe", found.data ?? found.error);

  const reference = unique("ts-dep");
  const deposit = await partner.POST("/ihela/api/v1/make-deposit/", {
    body: {
      credit_account: "ACT-123",
      credit_account_holder: "John Doe",
      amount: 5000,
      description: "Invoice 42",
      external_reference: reference,
      pin_code: "1234",
    },
  });
  const success: OperationStatus = "Success";
  check("make_deposit", deposit.data?.response_data?.status === success, deposit.data ?? deposit.error);

  const statement = await partner.GET("/ihela/api/v1/mini-statement/", {
    params: { query: { account_number: "ACT-123" } },
  });
  const first = statement.data?.response_data?.entries?.[0];
  check("mini_statement shows the deposit first", first?.external_reference === reference, statement.data);

  const refused = await partner.POST("/ihela/api/v1/make-withdrawal/", {
    body: {
      debit_account: "000002-01",
      debit_account_holder: "Jean Bosco Nduwimana",
      amount: 5000,
      description: "More than there is",
      external_reference: unique("ts-short"),
      pin_code: "1234",
    },
  });
  check(
    "insufficient funds: code 05 inside HTTP 200",
    refused.response.status === 200 && refused.data?.response_code === "05" && refused.data?.success === false,
    refused.data,
  );

  const token = await anonymous.POST("/oAuth2/token/", {
    body: { grant_type: "client_credentials" },
    headers: {
      Authorization: `Basic ${Buffer.from("sandbox-agent-id:sandbox-agent-secret").toString("base64")}`,
      "Content-Type": "application/x-www-form-urlencoded",
    },
    bodySerializer: (body) => new URLSearchParams(body as Record<string, string>).toString(),
  });
  check("create_token (the agent)", (token.data?.access_token.length ?? 0) > 0, token.error);
  const agent = createClient<paths>({
    baseUrl: base,
    headers: { Authorization: `Bearer ${token.data?.access_token ?? ""}` },
  });
  const request = await control("banking/cash-out-requests", { account_number: "ACT-123", amount: 3000 });
  const looked = await agent.POST("/ihela/api/v1/operation-lookup/", {
    body: { operation_code: request.operation_code ?? "", amount: "3000" },
  });
  const code = looked.data?.validation_operation_code ?? "";
  check("operation_lookup", code === request.validation_operation_code, looked.data ?? looked.error);
  const paid = await agent.POST("/ihela/api/v1/validate-withdrawal/", {
    body: {
      external_reference: unique("ts-cso"),
      pin_code: "4321",
      agent_code: "AGT-001",
      amount: "3000",
      validation_operation_code: code,
    },
  });
  check("validate_withdrawal", paid.data?.response_data?.fee === "100", paid.data ?? paid.error);

  await control("faults", {
    path: "/ihela/api/v1/ping/",
    kind: "status",
    status: 502,
    body: "<html><body>502 Bad Gateway</body></html>",
    count: 1,
  });
  const html = await agent.GET("/ihela/api/v1/ping/");
  check(
    "an HTML 502 is an error kept as text",
    html.response.status === 502 && typeof html.error === "string" && html.error.includes("<html>"),
    html.error,
  );
  console.log(`typescript: ${checks} passed, 0 failed`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
