// The TypeScript client a team gets from the spec (openapi-typescript types,
// openapi-fetch calls), against the sandbox: token, banks, bill init,
// payment (sandbox control), verify, cash-in, a refused cash-in, an HTML 502.
// Compiled with tsc --strict by `../portability.sh ihela`, next to the generated
// schema.d.ts; exits non-zero on the first failed check.
import createClient from "openapi-fetch";
import type { components, paths } from "./schema.js";

type BillStatus = components["schemas"]["BillStatus"];

const base = process.env.SANDBOX_URL ?? "";
const id = process.env.SANDBOX_ID ?? "";
const secret = process.env.SANDBOX_SECRET ?? "";
let checks = 0;

function check(what: string, condition: boolean, detail: unknown): void {
  checks += 1;
  if (!condition) {
    console.error(`FAILED: ${what}: ${JSON.stringify(detail)}`);
    process.exit(1);
  }
  console.log(`  ok  ${what}`);
}

async function control(path: string, body: object = {}): Promise<void> {
  const answer = await fetch(`${base}/_sandbox/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  check(`sandbox control ${path}`, answer.ok, answer.status);
}

function unique(prefix: string): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 12)}`;
}

async function main(): Promise<void> {
  console.log(`generated TypeScript client against ${base}`);
  const anonymous = createClient<paths>({ baseUrl: base });
  const token = await anonymous.POST("/oAuth2/token/", {
    body: { grant_type: "client_credentials" },
    headers: {
      Authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`,
      "Content-Type": "application/x-www-form-urlencoded",
    },
    bodySerializer: (body) => new URLSearchParams(body as Record<string, string>).toString(),
  });
  check("create_token", token.data !== undefined && token.data.access_token.length > 0, token.error);
  const client = createClient<paths>({
    baseUrl: base,
    headers: { Authorization: `Bearer ${token.data?.access_token ?? ""}` },
  });

  const banks = await client.GET("/api/v1/payments/bank/");
  check("list_banks", banks.data?.banks.length === 4, banks.error);
  const wallet = banks.data?.banks.find((bank) => bank.slug === "MOB-0003");
  check("bank type MOB", wallet?.bank_type === "MOB", wallet);

  const reference = unique("ts");
  const created = await client.POST("/api/v1/payments/bill/init/", {
    body: { amount: 2000, user: "clientmail@gmail.com", description: "Order 1042", merchant_reference: reference },
  });
  const code = created.data?.bill.code ?? "";
  check("init_bill", code.startsWith("BILL-"), created.error);

  await control(`bills/${code}/pay`);
  const verified = await client.POST("/api/v1/payments/bill/verify/", { body: { code: reference, reference: code } });
  const paid: BillStatus = "Paid";
  check("verify_bill after payment", verified.data?.bill.status === paid, verified.data ?? verified.error);

  const accepted = await client.POST("/api/v1/payments/cash-in/", {
    body: {
      bank_slug: "MF1-0001",
      account: "000001-01",
      amount: 20000,
      merchant_reference: unique("ts-cashin"),
      description: "Refund of order 1042",
    },
  });
  check("cash_in accepted", accepted.data?.error === false, accepted.data ?? accepted.error);

  const refused = await client.POST("/api/v1/payments/cash-in/", {
    body: {
      credit_bank: "MF1-0001",
      credit_account: "000001-01",
      amount: 900000000,
      merchant_reference: unique("ts-refused"),
      description: "More than the balance",
      pin_code: "1234",
    },
  });
  const data = refused.data;
  const failed = data?.error === true || (data?.response_code ?? "00") !== "00" || data?.success === false;
  check("a refused cash-in is a failure inside HTTP 200", refused.response.status === 200 && failed, data);

  await control("faults", {
    path: "/api/v1/payments/bank/",
    kind: "status",
    status: 502,
    body: "<html><body>502 Bad Gateway</body></html>",
    count: 1,
  });
  const html = await client.GET("/api/v1/payments/bank/");
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
