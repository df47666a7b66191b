"""The seed's M-Pesa SDK, `tekmpesa` 1.0.2 from PyPI, unchanged, runs its
documented Kenya flows against daraja-sandbox (its Kenya module loaded
from its file: see `tekmpesa.py`): STK push, the customer
paying (sandbox control), STK status, B2C (v1, as it sends it), account
balance, C2B register and simulate (the sandbox calling the registered
URLs), reversal and transaction status. A small HTTP server here plays the
merchant's URLs and records what the sandbox POSTs to them; the sandbox's
state must show what the SDK did.

Two flows go where the SDK departs from Daraja (mobile-money.md §1), and
what happens is checked and reported, not hidden:
- `reverse` sends `ReceiverIdentifierType`, where Daraja spells the field
  `RecieverIdentifierType`: refused with `400.002.02`, nothing reversed;
- `transaction_status` posts to the STK query path with an STK-style
  password as its credential: refused with `400.002.02` (`Invalid
  BusinessShortCode`, the query's first field), no status request made.

Run by `run.sh daraja` with TZ=Africa/Nairobi (the SDK makes STK
timestamps in the machine's zone) and SANDBOX_URL, SANDBOX_ID,
SANDBOX_SECRET, SANDBOX_CERTIFICATE set.
"""

import base64
import json
import os
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import requests
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import padding

import tekmpesa

kenya = tekmpesa.kenya()

BASE = os.environ["SANDBOX_URL"]
# The sandbox's parties (daraja-sandbox's world.rs, printed by its binary).
PAYBILL = "174379"
PASSKEY = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919"
BUSINESS = "600992"
INITIATOR = "testapi"
INITIATOR_PASSWORD = "Safaricom999!*!"
CUSTOMER = "254708374149"

checks = 0
received = []


def check(what, condition, detail):
    global checks
    checks += 1
    if not condition:
        sys.exit(f"FAILED: {what}: {detail!r}")
    print(f"  ok  {what}")


class Merchant(BaseHTTPRequestHandler):
    """The merchant's URLs: records each POST, accepts it as integrators do."""

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("content-length", 0)))
        received.append((self.path, json.loads(body or b"{}")))
        answer = json.dumps({"ResultCode": "0", "ResultDesc": "Accepted"}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


def security_credential():
    """What the portal's tool makes: the initiator password encrypted under
    the environment's certificate (the sandbox's), base64."""
    with open(os.environ["SANDBOX_CERTIFICATE"], "rb") as pem:
        key = x509.load_pem_x509_certificate(pem.read()).public_key()
    return base64.b64encode(key.encrypt(INITIATOR_PASSWORD.encode(), padding.PKCS1v15())).decode()


def state():
    return requests.get(f"{BASE}/_sandbox/state", timeout=10).json()


def wait_for(path, count=1):
    """Until the merchant received `count` POSTs on `path` (the sandbox POSTs
    after answering); the sandbox's own retries bound the wait."""
    for _ in range(100):
        if sum(1 for p, _ in received if p == path) >= count:
            return [body for p, body in received if p == path]
        threading.Event().wait(0.1)
    sys.exit(f"FAILED: nothing POSTed to {path}; received {received!r}")


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Merchant)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    merchant = f"http://127.0.0.1:{server.server_address[1]}"
    print(f"tekmpesa against {BASE}, merchant URLs at {merchant}")

    api = kenya.API(env="sandbox", app_key=os.environ["SANDBOX_ID"], app_secret=os.environ["SANDBOX_SECRET"])
    api.sandbox_url = BASE

    push = api.lnmo_stkpush(
        business_shortcode=PAYBILL, passcode=PASSKEY, amount=10, callback_url=f"{merchant}/stk",
        reference_code="TEK-1042", phone_number=CUSTOMER, description="Order 1042",
    )
    check("lnmo_stkpush accepted", push.get("ResponseCode") == "0", push)
    checkout = push["CheckoutRequestID"]
    paid = requests.post(f"{BASE}/_sandbox/stk/{checkout}", json={"outcome": "paid"}, timeout=10)
    check("the customer pays (sandbox control)", paid.ok, paid.text)
    callback = wait_for("/stk")[0]["Body"]["stkCallback"]
    check("the STK callback reached the merchant, paid", callback["ResultCode"] == 0, callback)
    status = api.lnmo_status(business_shortcode=PAYBILL, checkout_request_id=checkout, passcode=PASSKEY)
    check("lnmo_status says paid", str(status.get("ResultCode")) == "0", status)

    b2c = api.b2c(
        initiator_name=INITIATOR, security_credential=security_credential(), command_id="BusinessPayment",
        amount="250", party_a=BUSINESS, party_b=CUSTOMER, remarks="Salary",
        queue_timeout_url=f"{merchant}/timeout", result_url=f"{merchant}/result",
    )
    check("b2c (v1) accepted", b2c.get("ResponseCode") == "0", b2c)
    balance = api.balance(
        initiator=INITIATOR, security_credential=security_credential(), command_id="AccountBalance",
        party_a=BUSINESS, identifier_type="4", remarks="Audit",
        queue_timeout_url=f"{merchant}/timeout", result_url=f"{merchant}/result",
    )
    check("balance accepted", balance.get("ResponseCode") == "0", balance)
    results = {r["Result"]["ConversationID"]: r["Result"] for r in wait_for("/result", 2)}
    paid_out = results[b2c["ConversationID"]]
    check("the B2C result says completed (the credential decrypted, the password right)",
          paid_out["ResultCode"] == 0, paid_out)
    balances = results[balance["ConversationID"]]["ResultParameters"]["ResultParameter"]
    check("the balance result carries the accounts, the payout deducted",
          "Utility Account|KES|9999750.00" in balances[0]["Value"], balances)

    register = api.c2b_register_url(
        shortcode=BUSINESS, response_type="Completed",
        confirmation_url=f"{merchant}/confirmation", validation_url=f"{merchant}/validation",
    )
    check("c2b_register_url accepted", register.get("ResponseCode") == "0", register)
    simulate = api.c2b_simulate(
        shortcode=BUSINESS, command_id="CustomerPayBillOnline", amount="75", msisdn=CUSTOMER,
        bill_ref_number="ACC-7",
    )
    check("c2b_simulate accepted", simulate.get("ResponseCode") == "0", simulate)
    validation = wait_for("/validation")[0]
    confirmation = wait_for("/confirmation")[0]
    check("the registered validation URL was called", validation["BillRefNumber"] == "ACC-7", validation)
    check("then the confirmation URL, with the same receipt",
          confirmation["TransID"] == validation["TransID"] and confirmation["TransAmount"] == "75", confirmation)

    reversal = api.reverse(
        initiator=INITIATOR, security_credential=security_credential(), transaction_id=confirmation["TransID"],
        amount="75", receiver_party=BUSINESS, receiver_identifier_type="11",
        queue_timeout_url=f"{merchant}/timeout", result_url=f"{merchant}/result", remarks="Wrong account",
    )
    check("reverse: the SDK's `ReceiverIdentifierType` is refused, naming Daraja's field (departure)",
          reversal.get("errorCode") == "400.002.02" and "RecieverIdentifierType" in reversal.get("errorMessage", ""),
          reversal)

    lookup = api.transaction_status(
        party_a=BUSINESS, identifier_type="4", remarks="Audit", initiator=INITIATOR, passcode=PASSKEY,
        result_url=f"{merchant}/result", queue_timeout_url=f"{merchant}/timeout",
        transaction_id=confirmation["TransID"], occassion="Audit", shortcode=BUSINESS,
    )
    check("transaction_status: posted to the STK query path, refused (departure)",
          lookup.get("errorCode") == "400.002.02", lookup)
    print(f"      reverse answered: {reversal['errorMessage']}")
    print(f"      transaction_status answered: {lookup['errorMessage']}")

    held = state()
    kinds = [request["kind"] for request in held["requests"]]
    check("the sandbox holds one push, paid", [p["result_code"] for p in held["pushes"]] == [0], held["pushes"])
    check("the sandbox holds the B2C and the balance query, and no reversal or status",
          sorted(kinds) == ["account_balance", "b2c"], kinds)
    check("the sandbox holds the C2B payment, not reversed",
          [(c["state"], c["account"]) for c in held["c2b_payments"]] == [("completed", "TEK-1042"), ("completed", "ACC-7")],
          held["c2b_payments"])
    check("the SDK fetched a token for every call (each invalidating the last)",
          held["tokens_issued"] == 8, held["tokens_issued"])
    print(f"tekmpesa: {checks} passed, 0 failed")
    server.shutdown()


if __name__ == "__main__":
    main()
