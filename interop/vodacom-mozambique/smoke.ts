// The TypeScript client a team gets from Vodacom Mozambique's spec
// (openapi-typescript types, openapi-fetch calls), against the sandbox: no
// session, the API key encrypted (RSA PKCS#1 v1.5) on every request, a
// client per operation's port: a C2B payment, the same reference refused
// (409 INS-10), its status. Compiled with tsc --strict by
// `../portability.sh vodacom-mozambique`, next to the generated
// schema.d.ts; exits non-zero on the first failed check.
import { constants, createPublicKey, publicEncrypt, randomUUID } from "node:crypto";
import createClient from "openapi-fetch";
import type { components, paths } from "./schema.js";

type C2bRequest = components["schemas"]["C2bRequest"];

const served = new Map(
  (process.env.SANDBOX_MOZAMBIQUE ?? "")
    .split(";")
    .filter((entry) => entry.length > 0)
    .map((entry) => entry.split(" ") as [string, string]),
);
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

/** A client of the operation at `path`, on the sandbox's port for it, with the API key encrypted. */
function on(path: string) {
  const encrypted = publicEncrypt(
    { key: publicKey, padding: constants.RSA_PKCS1_PADDING },
    Buffer.from(process.env.SANDBOX_API_KEY ?? ""),
  ).toString("base64");
  return createClient<paths>({ baseUrl: served.get(path) ?? "", headers: { Authorization: `Bearer ${encrypted}` } });
}

async function main(): Promise<void> {
  console.log(`generated TypeScript client against ${served.size} ports`);
  const c2b = on("/ipg/v1x/c2bPayment/singleStage/");
  const body: C2bRequest = {
    input_Amount: "1000",
    input_CustomerMSISDN: "258843330333",
    input_ServiceProviderCode: "000000",
    input_ThirdPartyReference: randomUUID().replaceAll("-", ""),
    input_TransactionReference: "ORDER-1042",
  };
  const paid = await c2b.POST("/ipg/v1x/c2bPayment/singleStage/", { body });
  const transaction = paid.data?.output_TransactionID ?? "";
  check("c2b_payment: INS-0", paid.data?.output_ResponseCode === "INS-0" && transaction.length > 0, paid.error);
  const again = await c2b.POST("/ipg/v1x/c2bPayment/singleStage/", { body });
  check(
    "the same reference again: 409 INS-10",
    again.response.status === 409 && again.error?.output_ResponseCode === "INS-10",
    again.error,
  );
  const status = await on("/ipg/v1x/queryTransactionStatus/").GET("/ipg/v1x/queryTransactionStatus/", {
    params: {
      query: {
        input_QueryReference: transaction,
        input_ServiceProviderCode: "000000",
        input_ThirdPartyReference: randomUUID().replaceAll("-", ""),
      },
    },
  });
  check("its status: Completed", status.data?.output_ResponseTransactionStatus === "Completed", status.error);
  console.log(`typescript: ${checks} passed, 0 failed`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
