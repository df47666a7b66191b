"""The Python client that openapi-python-client generates from the Daraja
spec, against the sandbox: token (Basic), STK push with its password and
Nairobi timestamp, the customer paying (sandbox control), STK query, a B2C
whose security credential is encrypted with the sandbox's certificate, the
account balance, a duplicate B2C refused, an unknown checkout refused; then
every fixture decoded by the generated models. Run by `../portability.sh
daraja` (SANDBOX_URL, SANDBOX_ID, SANDBOX_SECRET, SANDBOX_CERTIFICATE set); exits non-zero on
the first failed check.
"""

import base64
import json
import os
import sys
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import httpx
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from daraja_client import AuthenticatedClient
from daraja_client.api.auth import create_token
from daraja_client.api.express import stk_push, stk_query
from daraja_client.api.payouts import b2c_payment
from daraja_client.api.queries import account_balance
from daraja_client.models import (
    AcceptedAnswer,
    AccessTokenAnswer,
    AccountBalanceCommand,
    AccountBalanceRequest,
    B2CCommand,
    B2CRequest,
    ErrorEnvelope,
    GrantType,
    StkPushAnswer,
    StkPushRequest,
    StkQueryAnswer,
    StkQueryRequest,
    StkTransactionType,
)

BASE = os.environ["SANDBOX_URL"]
ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "daraja" / "tests" / "fixtures"
CERTIFICATE = Path(os.environ["SANDBOX_CERTIFICATE"])
# The sandbox's parties (daraja-sandbox's world.rs, printed by its binary).
PAYBILL = "174379"
PASSKEY = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919"
BUSINESS = "600992"
INITIATOR = "testapi"
INITIATOR_PASSWORD = "Safaricom999!*!"
NAIROBI = timezone(timedelta(hours=3))
checks = 0


def check(what: str, condition: bool, detail: object) -> None:
    global checks
    checks += 1
    if not condition:
        sys.exit(f"FAILED: {what}: {detail!r}")
    print(f"  ok  {what}")


def stk_password() -> tuple[str, str]:
    """The STK `Password` and `Timestamp`, from one instant in Nairobi."""
    timestamp = datetime.now(NAIROBI).strftime("%Y%m%d%H%M%S")
    return base64.b64encode(f"{PAYBILL}{PASSKEY}{timestamp}".encode()).decode(), timestamp


def security_credential() -> str:
    """The initiator password, RSA PKCS#1 v1.5 under the certificate's key, base64."""
    key = x509.load_pem_x509_certificate(CERTIFICATE.read_bytes()).public_key()
    assert isinstance(key, rsa.RSAPublicKey)
    return base64.b64encode(key.encrypt(INITIATOR_PASSWORD.encode(), padding.PKCS1v15())).decode()


def b2c(key: str) -> B2CRequest:
    return B2CRequest(
        originator_conversation_id=key, initiator_name=INITIATOR, security_credential=security_credential(),
        command_id=B2CCommand.BUSINESSPAYMENT, amount=500, party_a=BUSINESS, party_b=254712345678,
        remarks="Refund 1042", queue_time_out_url="http://127.0.0.1:9/timeout", result_url="http://127.0.0.1:9/result",
    )


def flow() -> None:
    credentials = f"{os.environ['SANDBOX_ID']}:{os.environ['SANDBOX_SECRET']}".encode()
    basic = AuthenticatedClient(base_url=BASE, token=base64.b64encode(credentials).decode(), prefix="Basic")
    token = create_token.sync(client=basic, grant_type=GrantType.CLIENT_CREDENTIALS)
    check("create_token", isinstance(token, AccessTokenAnswer) and bool(token.access_token), token)
    assert isinstance(token, AccessTokenAnswer)
    client = AuthenticatedClient(base_url=BASE, token=token.access_token)

    password, timestamp = stk_password()
    push = StkPushRequest(
        business_short_code=PAYBILL, password=password, timestamp=timestamp,
        transaction_type=StkTransactionType.CUSTOMERPAYBILLONLINE, amount=250, party_a=254708374149,
        party_b=PAYBILL, phone_number=254708374149, call_back_url="http://127.0.0.1:9/stk",
        account_reference="PY-1042", transaction_desc="Order 1042",
    )
    prompt = stk_push.sync(client=client, body=push)
    check("stk_push accepted", isinstance(prompt, StkPushAnswer) and prompt.response_code == "0", prompt)
    assert isinstance(prompt, StkPushAnswer)
    answer = httpx.post(f"{BASE}/_sandbox/stk/{prompt.checkout_request_id}", json={"outcome": "paid"}, timeout=10)
    check("the customer pays (sandbox control)", answer.status_code == 200, answer.text)

    password, timestamp = stk_password()
    query = StkQueryRequest(
        business_short_code=PAYBILL, password=password, timestamp=timestamp,
        checkout_request_id=prompt.checkout_request_id,
    )
    status = stk_query.sync(client=client, body=query)
    check("stk_query says paid", isinstance(status, StkQueryAnswer) and str(status.result_code) == "0", status)

    key = f"py-{uuid.uuid4().hex[:12]}"
    accepted = b2c_payment.sync(client=client, body=b2c(key))
    check("b2c_payment accepted under the merchant's key",
          isinstance(accepted, AcceptedAnswer) and accepted.originator_conversation_id == key, accepted)
    again = b2c_payment.sync_detailed(client=client, body=b2c(key))
    check("the same key again is refused (500.002.1001)",
          again.status_code == 500 and isinstance(again.parsed, ErrorEnvelope)
          and str(again.parsed.error_code) == "500.002.1001", again)

    balance = AccountBalanceRequest(
        initiator=INITIATOR, security_credential=security_credential(),
        command_id=AccountBalanceCommand.ACCOUNTBALANCE, party_a=BUSINESS, identifier_type="4", remarks="Audit",
        queue_time_out_url="http://127.0.0.1:9/timeout", result_url="http://127.0.0.1:9/result",
    )
    check("account_balance accepted", isinstance(account_balance.sync(client=client, body=balance), AcceptedAnswer), None)

    password, timestamp = stk_password()
    unknown = StkQueryRequest(business_short_code=PAYBILL, password=password, timestamp=timestamp,
                              checkout_request_id="ws_CO_unknown")
    refused = stk_query.sync_detailed(client=client, body=unknown)
    check("an unknown checkout is refused with the envelope",
          refused.status_code == 400 and isinstance(refused.parsed, ErrorEnvelope), refused)

    state = httpx.get(f"{BASE}/_sandbox/state", timeout=10).json()
    check("the sandbox paid one B2C", sum(r["kind"] == "b2c" for r in state["requests"]) == 1, state["requests"])


# The model of each fixture the generated operations do not parse: request
# bodies and the callbacks (whose operations a client does not call).
MODELS = {
    "stk_push_request": "StkPushRequest",
    "stk_query_request": "StkQueryRequest",
    "c2b_register_urls_request": "C2BRegisterRequest",
    "c2b_simulate_request": "C2BSimulateRequest",
    "b2c_payment_request": "B2CRequest",
    "b2b_payment_request": "B2BRequest",
    "transaction_status_request": "TransactionStatusRequest",
    "account_balance_request": "AccountBalanceRequest",
    "reversal_request": "ReversalRequest",
    "stk_callback_request": "StkCallback",
    "result_request": "ResultCallback",
    "c2b_validation_request": "C2BPayment",
    "c2b_confirmation_request": "C2BPayment",
    "c2b_validation": "C2BValidationAnswer",
}


def fixtures() -> None:
    """Every fixture through the generated parser of its operation (an
    error at its envelope's status), or the model of its schema."""
    import importlib
    import pkgutil

    import daraja_client.api as api
    import daraja_client.models as models

    parsers: dict[str, Any] = {}
    for tag in pkgutil.iter_modules(api.__path__):
        package = importlib.import_module(f"daraja_client.api.{tag.name}")
        for found in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"daraja_client.api.{tag.name}.{found.name}")
            parsers[found.name] = module._parse_response
    client = AuthenticatedClient(base_url=BASE, token="not-used-for-parsing")
    for path in sorted(FIXTURES.glob("*.json")):
        body = json.loads(path.read_bytes())
        by_model = max((prefix for prefix in MODELS if path.stem.startswith(prefix)), default=None, key=len)
        decoded: object
        if by_model is not None:
            decoded = getattr(models, MODELS[by_model]).from_dict(body)
        else:
            operation = max((op for op in parsers if path.stem.startswith(op + "_")), key=len)
            status = int(str(body.get("errorCode", "200"))[:3]) if "_error_" in path.stem else 200
            decoded = parsers[operation](client=client, response=httpx.Response(status, json=body))
        check(f"fixture {path.name} decodes", decoded is not None and not isinstance(decoded, str), decoded)


if __name__ == "__main__":
    print(f"generated Python client against {BASE}")
    flow()
    fixtures()
    print(f"python: {checks} passed, 0 failed")
