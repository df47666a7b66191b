// The TypeScript client a team gets from Vodacom's spec (openapi-typescript
// types, openapi-fetch calls), against the sandbox: a session opened with
// the API key encrypted under the sandbox's public key (RSA PKCS#1 v1.5),
// asked until it is live, a C2B payment, the same key refused (409
// INS-10), its status. Compiled with tsc --strict by
// `../portability.sh vodacom`, next to the generated schema.d.ts; exits
// non-zero on the first failed check.
import { constants, createPublicKey, publicEncrypt, randomUUID } from "node:crypto";
import createClient from "openapi-fetch";
import type { components, paths } from "./schema.js";

type C2bRequest = components["schemas"]["C2bRequest"];

const base = `${process.env.SANDBOX_URL ?? ""}/sandbox/ipg/v2/vodacomTZN`;
const publicKey = createPublicKey({
  key: Buffer.from(process.env.SANDBOX_PUBLIC_KEY ?? "", "base64"),
  format: "der",
  type: "spki",
});
let checks = 0;

function check(what: string, condition: boolean, detail: unknown): void {
  checks += 1;
  if (!condition) {
    console.error(`FAILED: ${what}: ${JSON.stringify(detail)}`);
    process.exit(1);
  }
  console.log(`  ok  ${what}`);
}

/** `text` as the gateway takes it: RSA PKCS#1 v1.5 under its public key, base64. */
function encrypted(text: string): string {
  return publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_PADDING }, Buffer.from(text)).toString("base64");
}

function key(): string {
  return randomUUID().replaceAll("-", "");
}

async function main(): Promise<void> {
  console.log(`generated TypeScript client against ${base}`);
  const keyed = createClient<paths>({
    baseUrl: base,
    headers: { Authorization: `Bearer ${encrypted(process.env.SANDBOX_API_KEY ?? "")}` },
  });
  const session = await keyed.GET("/getSession/", {});
  const id = session.data?.output_SessionID ?? "";
  check("get_session: a session", id.length > 0, session.error);
  const client = createClient<paths>({ baseUrl: base, headers: { Authorization: `Bearer ${encrypted(id)}` } });

  // A new session is not live at once: ask until it is, backing off.
  let pause = 250;
  let asked = 0;
  let status = 401;
  while (status === 401 && asked < 8) {
    asked += 1;
    const live = await client.GET("/queryTransactionStatus/", {
      params: {
        query: {
          input_QueryReference: "none",
          input_ServiceProviderCode: "000000",
          input_ThirdPartyConversationID: key(),
          input_Country: "TZN",
        },
      },
    });
    status = live.response.status;
    if (status === 401) {
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause *= 2;
    }
  }
  check(`the session is live (asked ${asked} times)`, status === 200 || status === 201, status);

  const body: C2bRequest = {
    input_Amount: "1500",
    input_Country: "TZN",
    input_Currency: "TZS",
    input_CustomerMSISDN: "255744553111",
    input_ServiceProviderCode: "000000",
    input_ThirdPartyConversationID: key(),
    input_TransactionReference: "ORDER-1042",
    input_PurchasedItemsDesc: "Shoes",
  };
  const paid = await client.POST("/c2bPayment/singleStage/", { body });
  const transaction = paid.data?.output_TransactionID ?? "";
  check("c2b_payment: INS-0", paid.data?.output_ResponseCode === "INS-0" && transaction.length > 0, paid.error);
  const again = await client.POST("/c2bPayment/singleStage/", { body });
  check(
    "the same key again: 409 INS-10",
    again.response.status === 409 && again.error?.output_ResponseCode === "INS-10",
    again.error,
  );
  const found = await client.GET("/queryTransactionStatus/", {
    params: {
      query: {
        input_QueryReference: transaction,
        input_ServiceProviderCode: "000000",
        input_ThirdPartyConversationID: key(),
        input_Country: "TZN",
      },
    },
  });
  check("its status: Completed", found.data?.output_ResponseTransactionStatus === "Completed", found.error);
  console.log(`typescript: ${checks} passed, 0 failed`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
