"""ihela-sdk 0.4.0's BankingClient and AgentClient, unchanged, against the
sandbox: their documented flows (ping, account lookup and balance, fees,
deposit, withdrawal, statement, transaction status; the agent's cash-in
and its cash-out in two steps with a customer's code), what the sandbox
holds afterwards, the SDK's JWT calls, and its signed calls under the
httpx installed today, against a second sandbox that checks signatures.

Run by run.sh, which sets SANDBOX_URL and SANDBOX_PROGRAM. The partner's
and the agent's credentials are the sandbox's defaults (its README).
"""

import hashlib
import hmac
import json
import os
import re
import subprocess
import sys
import uuid

import httpx
import requests
from ihela_sdk import AgentClient, BankingClient
from ihela_sdk.core.exceptions import iHelaAPIError

BASE = os.environ["SANDBOX_URL"]
PARTNER = ("sandbox-partner-id", "sandbox-partner-secret")
PARTNER_LOGIN = ("sandbox-partner", "sandbox-partner-password")
AGENT = ("sandbox-agent-id", "sandbox-agent-secret")
PARTNER_PIN, AGENT_PIN, AGENT_CODE = "1234", "4321", "AGT-001"
SIGNATURE_KEY = "interop-signature-key-" + uuid.uuid4().hex[:8]

calls = 0


def check(what, condition, answer):
    """Counts a call and stops the script with the answer when it failed."""
    global calls
    calls += 1
    if not condition:
        sys.exit(f"FAILED: {what}: {answer}")
    print(f"  ok  {what}")


def reference(prefix):
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def banking_state(base):
    return requests.get(f"{base}/_sandbox/banking", timeout=10).json()


def balance_of(base, account):
    accounts = banking_state(base)["accounts"]
    return next(a["balance"] for a in accounts if a["account_number"] == account)


def masked(text):
    """`text` without the PIN's digits."""
    return re.sub(r'("pin_code": ?")[0-9]+', r"\1****", text)


def refused(call):
    """The SDK's error for `call`, which must raise one."""
    try:
        answer = call()
    except iHelaAPIError as error:
        return error
    sys.exit(f"FAILED: expected a refusal, got {answer}")


def banking_flow():
    """The BankingClient's documented calls, with the client-credentials
    token it fetches in its constructor."""
    print("ihela-sdk 0.4.0 BankingClient")
    cl = BankingClient(*PARTNER, ihela_url=BASE + "/")
    check("authenticate (constructor, client credentials)", cl.is_authenticated(), sorted(cl.auth_token_object or {}))
    check("ping", cl.ping().get("success") is True, "ping")
    found = cl.account_lookup("ACT-123")
    check("account_lookup ACT-123", found["response_data"]["account_holder"] == "John Doe", found)
    before = cl.account_balance("ACT-123")["response_data"]["balance"]
    fee = cl.transaction_fee("BIF", "withdrawal", "20000")
    check("transaction_fee withdrawal 20000", fee["response_data"]["fee"] == "200", fee)

    deposit_reference = reference("sdk-dep")
    deposit = cl.deposit("ACT-123", "John Doe", 5000, "Invoice 42", deposit_reference, PARTNER_PIN)
    done = deposit["response_data"]
    check("deposit 5000 (sent as 5000.0)", deposit["response_code"] == "00" and done["status"] == "Success", deposit)
    again = cl.deposit("ACT-123", "John Doe", 5000, "Invoice 42", deposit_reference, PARTNER_PIN)
    check("the same deposit again: its first operation", again["response_data"]["reference"] == done["reference"], again)
    withdrawal_reference = reference("sdk-wdr")
    withdrawal = cl.withdrawal("ACT-123", "John Doe", 20000, "Cash for John", withdrawal_reference, PARTNER_PIN)
    check("withdrawal 20000, fee 200", withdrawal["response_data"]["fee"] == "200", withdrawal)
    after = cl.account_balance("ACT-123")["response_data"]["balance"]
    check("the balance moved by 5000 - 20000 - 200", int(after) == int(before) + 5000 - 20000 - 200, (before, after))
    statement = cl.statement("ACT-123")["response_data"]["entries"]
    newest = [(line["external_reference"], line["amount"]) for line in statement[:3]]
    expected = [(withdrawal_reference, "-200"), (withdrawal_reference, "-20000"), (deposit_reference, "5000")]
    check("statement: the three lines, newest first", newest == expected, newest)
    by_ours = cl.transaction_status(deposit_reference, "")
    by_theirs = cl.transaction_status("", done["reference"])
    check("transaction_status by either reference", by_ours["response_data"] == by_theirs["response_data"], by_theirs)

    short = refused(lambda: cl.withdrawal("000002-01", "Jean Bosco Nduwimana", 5000, "Too much", reference("sdk-short"), PARTNER_PIN))
    check("insufficient funds: the SDK raises code 05", short.response_code == "05", vars(short))
    wrong_pin = refused(lambda: cl.deposit("ACT-123", "John Doe", 100, "x", reference("sdk-pin"), "9999"))
    check("a wrong PIN: 403", wrong_pin.status_code == 403, vars(wrong_pin))
    cl.close()
    return {deposit_reference, withdrawal_reference}


def jwt_flow():
    """The JWT pair of `request_token`, and `refresh_token` with the pair
    injected as the SDK's docs say (`docs/api.md:441-446`): the SDK itself
    never uses the pair it fetched (it refetches client credentials)."""
    print("ihela-sdk 0.4.0 BankingClient JWT")
    cl = BankingClient(*PARTNER, ihela_url=BASE + "/", auto_auth=False)
    pair = cl.request_token(*PARTNER_LOGIN)
    check("request_token: the JWT pair", sorted(pair) == ["access", "refresh", "response_status"], sorted(pair))
    injected = {"token_type": "Bearer", "access_token": pair["access"], "refresh_token": pair["refresh"]}
    cl = BankingClient(*PARTNER, ihela_url=BASE + "/", token=injected)
    check("ping with the JWT access token", cl.ping().get("success") is True, "ping")
    cl.refresh_token()
    renewed = cl.auth_token_object["access_token"]
    check("refresh_token: a new access token", renewed != pair["access"], "renewed")
    check("ping with the renewed token", cl.ping().get("success") is True, "ping")
    cl.close()


def agent_flow():
    """The AgentClient's cash-in, and a customer's cash-out code looked up
    and validated; the code then spent."""
    print("ihela-sdk 0.4.0 AgentClient")
    cl = AgentClient(*AGENT, ihela_url=BASE + "/")
    check("ping", cl.ping().get("success") is True, "ping")
    cash_in_reference = reference("sdk-agd")
    cash_in = cl.deposit("ACT-123", "John Doe", 10000, "Cash-in at the agent", cash_in_reference, AGENT_PIN)
    check("deposit (agent cash-in) 10000", cash_in["response_code"] == "00", cash_in)

    request = requests.post(
        f"{BASE}/_sandbox/banking/cash-out-requests", json={"account_number": "ACT-123", "amount": 30000}, timeout=10
    ).json()
    found = cl.operation_lookup(request["operation_code"], "30000")
    code = found.get("validation_operation_code")
    check("operation_lookup: the validation code at the top level", code == request["validation_operation_code"], found)
    cash_out_reference = reference("sdk-cso")
    paid = cl.validate_withdrawal(cash_out_reference, AGENT_PIN, AGENT_CODE, "30000", "", code)
    check("validate_withdrawal 30000, fee 300", paid["response_data"]["fee"] == "300", paid)
    spent = refused(lambda: cl.validate_withdrawal(reference("sdk-cso"), AGENT_PIN, AGENT_CODE, "30000", "", code))
    check("the code validated again under another reference: refused", spent.status_code == 400, vars(spent))
    status = cl.transaction_status(cash_out_reference, "")
    check("transaction_status of the cash-out", status["response_data"]["amount"] == "30000", status)
    cl.close()
    return {cash_in_reference, cash_out_reference}


def start_signed_sandbox():
    """A second sandbox that checks X-iHela-Signature under SIGNATURE_KEY."""
    program = subprocess.Popen(
        [os.environ["SANDBOX_PROGRAM"], "--port", "0", "--signature-key", SIGNATURE_KEY],
        stdout=subprocess.PIPE,
        text=True,
    )
    for line in program.stdout:
        if " listening on " in line:
            return program, line.rsplit(" ", 1)[1].strip()
    sys.exit("FAILED: the signing sandbox did not start")


def signed_flow():
    """The signed deposit as the SDK sends it with the httpx installed:
    the signature is over `json.dumps(payload)` (`", "` and `": "`
    separators), the body httpx sends is compact, so a server that checks
    the bytes it receives refuses it. What it would have had to sign is
    shown, and the sandbox's answer to it."""
    print(f"ihela-sdk 0.4.0 signed calls (httpx {httpx.__version__})")
    program, base = start_signed_sandbox()
    try:
        sent = []
        cl = BankingClient(*PARTNER, ihela_url=base + "/", signature_key=SIGNATURE_KEY)
        cl._get_http().event_hooks["request"].append(sent.append)
        error = refused(lambda: cl.deposit("ACT-123", "John Doe", 500, "Signed", reference("sdk-signed"), PARTNER_PIN))
        request = sent[-1]
        body = request.read()
        header = request.headers["X-iHela-Signature"]
        over_body = hmac.new(SIGNATURE_KEY.encode(), body, hashlib.sha256).hexdigest()
        over_dumps = hmac.new(SIGNATURE_KEY.encode(), json.dumps(json.loads(body)).encode(), hashlib.sha256).hexdigest()
        print(f"      body sent:        {masked(body.decode())}")
        print(f"      signed string:    {masked(json.dumps(json.loads(body)))}")
        check("the SDK signed json.dumps(payload), not the bytes it sent", header == over_dumps != over_body, (header, over_body))
        check("the signing sandbox refuses it: 403", error.status_code == 403, vars(error))
        check("nothing was carried out", banking_state(base)["operations"] == [], banking_state(base))
        cl.close()
        # The same bytes, signed over what is sent: carried out.
        token = requests.post(f"{base}/oAuth2/token/", data={"grant_type": "client_credentials"}, auth=PARTNER, timeout=10)
        headers = {
            "Authorization": f"Bearer {token.json()['access_token']}",
            "Content-Type": "application/json",
            "X-iHela-Signature": over_body,
        }
        accepted = requests.post(f"{base}/ihela/api/v1/make-deposit/", data=body, headers=headers, timeout=10)
        check("the same body signed over its bytes: carried out", accepted.status_code == 200, accepted.text)
    finally:
        program.terminate()
        program.wait(timeout=10)


def main():
    banking_references = banking_flow()
    jwt_flow()
    agent_references = agent_flow()
    operations = {op["external_reference"]: op for op in banking_state(BASE)["operations"]}
    check("sandbox state: one operation per reference", banking_references | agent_references <= operations.keys(), sorted(operations))
    kinds = sorted(operations[r]["kind"] for r in banking_references | agent_references)
    check("sandbox state: their kinds", kinds == ["agent_deposit", "cash_out", "deposit", "withdrawal"], kinds)
    signed_flow()
    print(f"interop: {calls} checks passed, 0 failed")


if __name__ == "__main__":
    main()
