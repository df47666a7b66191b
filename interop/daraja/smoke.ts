// The TypeScript client a team gets from the Daraja spec (openapi-typescript
// types, openapi-fetch calls), against the sandbox: token (Basic), STK push
// with its password and Nairobi timestamp, the customer paying (sandbox
// control), STK query, a B2C whose security credential is encrypted with
// the sandbox's certificate, a duplicate refused, the account balance.
// Compiled with tsc --strict by `../portability.sh daraja`, next to the
// generated schema.d.ts; exits non-zero on the first failed check.
import { constants, publicEncrypt, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import createClient from "openapi-fetch";
import type { components, paths } from "./schema.js";

type B2cRequest = components["schemas"]["B2cRequest"];

const base = process.env.SANDBOX_URL ?? "";
const key = process.env.SANDBOX_ID ?? "";
const secret = process.env.SANDBOX_SECRET ?? "";
const certificatePath = process.env.SANDBOX_CERTIFICATE ?? "";
// The sandbox's parties (daraja-sandbox's world.rs, printed by its binary).
const paybill = "174379";
const passkey = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919";
const business = "600992";
let checks = 0;

function check(what: string, condition: boolean, detail: unknown): void {
  checks += 1;
  if (!condition) {
    console.error(`FAILED: ${what}: ${JSON.stringify(detail)}`);
    process.exit(1);
  }
  console.log(`  ok  ${what}`);
}

/** The STK Password and Timestamp, from one instant in Nairobi (UTC+3). */
function stkPassword(): { Password: string; Timestamp: string } {
  const nairobi = new Date(Date.now() + 3 * 3600 * 1000).toISOString();
  const timestamp = nairobi.slice(0, 19).replace(/[-T:]/g, "");
  return { Password: Buffer.from(`${paybill}${passkey}${timestamp}`).toString("base64"), Timestamp: timestamp };
}

/** The initiator password, RSA PKCS#1 v1.5 under the sandbox's certificate, base64. */
function securityCredential(): string {
  const certificate = readFileSync(certificatePath);
  const encrypted = publicEncrypt(
    { key: certificate, padding: constants.RSA_PKCS1_PADDING },
    Buffer.from("Safaricom999!*!"),
  );
  return encrypted.toString("base64");
}

function b2c(originator: string): B2cRequest {
  return {
    OriginatorConversationID: originator,
    InitiatorName: "testapi",
    SecurityCredential: securityCredential(),
    CommandID: "BusinessPayment",
    Amount: 300,
    PartyA: business,
    PartyB: "254712345678",
    Remarks: "Refund 1042",
    QueueTimeOutURL: "http://127.0.0.1:9/timeout",
    ResultURL: "http://127.0.0.1:9/result",
  };
}

async function main(): Promise<void> {
  console.log(`generated TypeScript client against ${base}`);
  const anonymous = createClient<paths>({ baseUrl: base });
  const token = await anonymous.GET("/oauth/v1/generate", {
    params: { query: { grant_type: "client_credentials" } },
    headers: { Authorization: `Basic ${Buffer.from(`${key}:${secret}`).toString("base64")}` },
  });
  check("create_token", token.data !== undefined && token.data.access_token.length > 0, token.error);
  const client = createClient<paths>({
    baseUrl: base,
    headers: { Authorization: `Bearer ${token.data?.access_token ?? ""}` },
  });

  const push = await client.POST("/mpesa/stkpush/v1/processrequest", {
    body: {
      BusinessShortCode: paybill,
      ...stkPassword(),
      TransactionType: "CustomerPayBillOnline",
      Amount: 150,
      PartyA: "254708374149",
      PartyB: paybill,
      PhoneNumber: "254708374149",
      CallBackURL: "http://127.0.0.1:9/stk",
      AccountReference: "TS-1042",
    },
  });
  check("stk_push accepted", push.data?.ResponseCode === "0", push.error);
  const checkout = push.data?.CheckoutRequestID ?? "";
  const paid = await fetch(`${base}/_sandbox/stk/${checkout}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ outcome: "paid" }),
  });
  check("the customer pays (sandbox control)", paid.ok, paid.status);
  const query = await client.POST("/mpesa/stkpushquery/v1/query", {
    body: { BusinessShortCode: paybill, ...stkPassword(), CheckoutRequestID: checkout },
  });
  check("stk_query says paid", String(query.data?.ResultCode) === "0", query.error);

  const originator = `ts-${randomUUID().slice(0, 12)}`;
  const payout = await client.POST("/mpesa/b2c/v3/paymentrequest", { body: b2c(originator) });
  check("b2c_payment accepted", payout.data?.OriginatorConversationID === originator, payout.error);
  const again = await client.POST("/mpesa/b2c/v3/paymentrequest", { body: b2c(originator) });
  check(
    "the same key again is refused (500.002.1001)",
    again.response.status === 500 && again.error?.errorCode === "500.002.1001",
    again.error,
  );
  const balance = await client.POST("/mpesa/accountbalance/v1/query", {
    body: {
      Initiator: "testapi",
      SecurityCredential: securityCredential(),
      CommandID: "AccountBalance",
      PartyA: business,
      IdentifierType: "4",
      Remarks: "Audit",
      QueueTimeOutURL: "http://127.0.0.1:9/timeout",
      ResultURL: "http://127.0.0.1:9/result",
    },
  });
  check("account_balance accepted", balance.data?.ResponseCode === "0", balance.error);
  console.log(`typescript: ${checks} passed, 0 failed`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
