// The TypeScript client a team gets from the MoMo spec (openapi-typescript
// types, openapi-fetch calls), against the sandbox: an API user and key
// provisioned, its collection token (Basic), the balance, a request to pay
// (202), the customer approving (sandbox control), its status, the same
// reference refused (409). Compiled with tsc --strict by
// `../portability.sh momo`, next to the generated schema.d.ts; exits
// non-zero on the first failed check.
import { randomUUID } from "node:crypto";
import createClient from "openapi-fetch";
import type { components, paths } from "./schema.js";

type RequestToPay = components["schemas"]["RequestToPay"];

const base = process.env.SANDBOX_URL ?? "";
const subscriptionKey = { "Ocp-Apim-Subscription-Key": process.env.SANDBOX_COLLECTION_KEY ?? "" };
let checks = 0;

function check(what: string, condition: boolean, detail: unknown): void {
  checks += 1;
  if (!condition) {
    console.error(`FAILED: ${what}: ${JSON.stringify(detail)}`);
    process.exit(1);
  }
  console.log(`  ok  ${what}`);
}

async function main(): Promise<void> {
  console.log(`generated TypeScript client against ${base}`);
  const keyed = createClient<paths>({ baseUrl: base, headers: subscriptionKey });
  const user = randomUUID();
  const created = await keyed.POST("/v1_0/apiuser", {
    params: { header: { "X-Reference-Id": user } },
    body: { providerCallbackHost: "127.0.0.1" },
  });
  check("create_api_user: 201", created.response.status === 201, created.error);
  const made = await keyed.POST("/v1_0/apiuser/{apiUser}/apikey", { params: { path: { apiUser: user } } });
  check("create_api_key", (made.data?.apiKey ?? "").length > 0, made.error);
  const basic = Buffer.from(`${user}:${made.data?.apiKey ?? ""}`).toString("base64");
  const token = await keyed.POST("/{product}/token/", {
    params: { path: { product: "collection" } },
    headers: { Authorization: `Basic ${basic}` },
  });
  check("create_access_token", (token.data?.expires_in ?? 0) > 0, token.error);
  const client = createClient<paths>({
    baseUrl: base,
    headers: { ...subscriptionKey, Authorization: `Bearer ${token.data?.access_token ?? ""}` },
  });
  const target = { "X-Target-Environment": "sandbox" };

  const balance = await client.GET("/{product}/v1_0/account/balance", {
    params: { path: { product: "collection" }, header: target },
  });
  check("get_account_balance in EUR", balance.data?.currency === "EUR", balance.error);

  const reference = randomUUID();
  const body: RequestToPay = {
    amount: "75",
    currency: "EUR",
    externalId: "ts-1042",
    payer: { partyIdType: "MSISDN", partyId: "256772123456" },
    payerMessage: "Order 1042",
  };
  const header = { ...target, "X-Reference-Id": reference };
  const accepted = await client.POST("/collection/v1_0/requesttopay", { params: { header }, body });
  check("request_to_pay: 202", accepted.response.status === 202, accepted.error);
  const approved = await fetch(`${base}/_sandbox/requests/${reference}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ outcome: "approved" }),
  });
  check("the customer approves (sandbox control)", approved.ok, approved.status);
  const status = await client.GET("/collection/v1_0/requesttopay/{referenceId}", {
    params: { path: { referenceId: reference }, header: target },
  });
  check("it is successful", status.data?.status === "SUCCESSFUL", status.error);
  const again = await client.POST("/collection/v1_0/requesttopay", { params: { header }, body });
  check(
    "the same reference again: 409 RESOURCE_ALREADY_EXIST",
    again.response.status === 409 && again.error?.code === "RESOURCE_ALREADY_EXIST",
    again.error,
  );
  console.log(`typescript: ${checks} passed, 0 failed`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
