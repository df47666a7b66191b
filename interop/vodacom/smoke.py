"""The Python client that openapi-python-client generates from Vodacom's
spec (Tanzania and Ghana), against the sandbox: a session opened with the
API key encrypted under the sandbox's public key (RSA PKCS#1 v1.5, as the
spec says), asked until it is live, then a C2B payment, the same
ThirdPartyConversationID refused (`INS-10`, 409), its status, a partial
reversal, a B2C payout, a mandate and a payment under it, and a wrong API
key refused (`INS-2`, 401); then every fixture decoded by the generated
model of its schema. Run by `../portability.sh vodacom` (SANDBOX_URL,
SANDBOX_API_KEY and SANDBOX_PUBLIC_KEY set); exits non-zero on the first
failed check.
"""

import base64
import json
import os
import sys
import time
import uuid
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.serialization import load_der_public_key

from vodacom_client import AuthenticatedClient
from vodacom_client.api.direct_debit import direct_debit_create, direct_debit_payment
from vodacom_client.api.payments import b2c_payment, c2b_payment, reversal
from vodacom_client.api.queries import query_transaction_status
from vodacom_client.api.session import get_session
from vodacom_client.models import (
    AgreedTc,
    B2CRequest,
    C2BRequest,
    Country,
    Currency,
    MandateAnswer,
    MandatePaymentRequest,
    MandateRequest,
    PaymentAnswer,
    Refusal,
    ReversalRequest,
    SessionAnswer,
    StatusAnswer,
)

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "vodacom" / "tests" / "fixtures"
BASE = os.environ["SANDBOX_URL"] + "/sandbox/ipg/v2/vodacomTZN"
BUSINESS = "000000"
CUSTOMER = "255744553111"
checks = 0


def check(what: str, condition: bool, detail: object) -> None:
    global checks
    checks += 1
    if not condition:
        sys.exit(f"FAILED: {what}: {detail!r}")
    print(f"  ok  {what}")


def encrypted(text: str) -> str:
    """`text` as the gateway takes it: RSA PKCS#1 v1.5 under its public key, base64."""
    key = load_der_public_key(base64.b64decode(os.environ["SANDBOX_PUBLIC_KEY"]))
    assert isinstance(key, rsa.RSAPublicKey)
    return base64.b64encode(key.encrypt(text.encode(), padding.PKCS1v15())).decode()


def key() -> str:
    return uuid.uuid4().hex


def code(answer: object) -> str:
    return str(getattr(answer, "output_response_code", ""))


def flow() -> None:
    refused = get_session.sync_detailed(client=AuthenticatedClient(base_url=BASE, token=encrypted("not-the-key")))
    check("get_session with a wrong API key: 401 INS-2", refused.status_code == 401 and code(refused.parsed) == "INS-2",
          refused.parsed)
    opened = get_session.sync(client=AuthenticatedClient(base_url=BASE, token=encrypted(os.environ["SANDBOX_API_KEY"])))
    check("get_session: a session", isinstance(opened, SessionAnswer) and len(opened.output_session_id) > 0, opened)
    assert isinstance(opened, SessionAnswer)
    client = AuthenticatedClient(base_url=BASE, token=encrypted(opened.output_session_id))

    # A new session is not live at once: ask until it is, backing off.
    pause, asked = 0.25, 0
    while True:
        asked += 1
        live = query_transaction_status.sync_detailed(
            client=client, input_query_reference="none", input_service_provider_code=BUSINESS,
            input_third_party_conversation_id=key(), input_country=Country.TZN)
        if live.status_code != 401 or asked == 8:
            break
        time.sleep(pause)
        pause *= 2
    check(f"the session is live (asked {asked} times)", live.status_code in (200, 201), live.parsed)

    reference = key()
    payment = C2BRequest(input_amount="1500", input_country=Country.TZN, input_currency=Currency.TZS,
                         input_customer_msisdn=CUSTOMER, input_service_provider_code=BUSINESS,
                         input_third_party_conversation_id=reference, input_transaction_reference="ORDER-1042",
                         input_purchased_items_desc="Shoes")
    paid = c2b_payment.sync(client=client, body=payment)
    check("c2b_payment: INS-0 with a transaction id",
          isinstance(paid, PaymentAnswer) and code(paid) == "INS-0" and isinstance(paid.output_transaction_id, str), paid)
    assert isinstance(paid, PaymentAnswer) and isinstance(paid.output_transaction_id, str)
    again = c2b_payment.sync_detailed(client=client, body=payment)
    check("the same key again: 409 INS-10", again.status_code == 409 and isinstance(again.parsed, Refusal)
          and code(again.parsed) == "INS-10", again.parsed)
    status = query_transaction_status.sync(
        client=client, input_query_reference=paid.output_transaction_id, input_service_provider_code=BUSINESS,
        input_third_party_conversation_id=key(), input_country=Country.TZN)
    check("query_transaction_status: Completed", isinstance(status, StatusAnswer)
          and str(status.output_response_transaction_status) == "Completed", status)
    back = reversal.sync(client=client, body=ReversalRequest(
        input_country=Country.TZN, input_reversal_amount="500", input_service_provider_code=BUSINESS,
        input_third_party_conversation_id=key(), input_transaction_id=paid.output_transaction_id))
    check("reversal: INS-0", code(back) == "INS-0", back)
    payout = b2c_payment.sync(client=client, body=B2CRequest(
        input_amount="400", input_country=Country.TZN, input_currency=Currency.TZS, input_customer_msisdn=CUSTOMER,
        input_service_provider_code=BUSINESS, input_third_party_conversation_id=key(),
        input_transaction_reference="PAYOUT-7", input_payment_items_desc="Salary payment"))
    check("b2c_payment: INS-0", code(payout) == "INS-0", payout)
    mandate = direct_debit_create.sync(client=client, body=MandateRequest(
        input_agreed_tc=AgreedTc("1"), input_country=Country.TZN,
        input_customer_msisdn=CUSTOMER, input_service_provider_code=BUSINESS,
        input_third_party_conversation_id=key(), input_third_party_reference="gym42"))
    check("direct_debit_create: INS-0", isinstance(mandate, MandateAnswer) and code(mandate) == "INS-0", mandate)
    debit = direct_debit_payment.sync(client=client, body=MandatePaymentRequest(
        input_amount="300", input_country=Country.TZN, input_currency=Currency.TZS, input_customer_msisdn=CUSTOMER,
        input_service_provider_code=BUSINESS, input_third_party_conversation_id=key(),
        input_third_party_reference="gym42"))
    check("direct_debit_payment: INS-0", code(debit) == "INS-0", debit)


# The model of each request body among the fixtures (the generated
# operations parse answers only).
MODELS = {
    "c2b_payment_request": "C2BRequest",
    "b2c_payment_request": "B2CRequest",
    "b2b_payment_request": "B2BRequest",
    "reversal_request": "ReversalRequest",
    "direct_debit_create_request": "MandateRequest",
    "direct_debit_payment_request": "MandatePaymentRequest",
}


def fixtures() -> None:
    """Every fixture through the generated parser of its operation (an error
    at the status of its code), or the model of its request body."""
    import importlib
    import pkgutil
    from typing import Any

    import httpx

    import vodacom_client.api as api
    import vodacom_client.models as models

    parsers: dict[str, Any] = {}
    for tag in pkgutil.iter_modules(api.__path__):
        package = importlib.import_module(f"vodacom_client.api.{tag.name}")
        for found in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"vodacom_client.api.{tag.name}.{found.name}")
            parsers[found.name] = module._parse_response
    client = AuthenticatedClient(base_url=BASE, token="not-used-for-parsing")
    statuses = {"INS-10": 409, "INS-5": 401, "INS-16": 503}
    for path in sorted(FIXTURES.glob("*.json")):
        body = json.loads(path.read_bytes())
        decoded: object
        if path.stem in MODELS:
            decoded = getattr(models, MODELS[path.stem]).from_dict(body)
        else:
            operation = max((op for op in parsers if path.stem.startswith(op + "_")), key=len)
            status = statuses.get(body.get("output_ResponseCode"), 400) if "_error_" in path.stem else 201
            decoded = parsers[operation](client=client, response=httpx.Response(status, json=body))
        check(f"fixture {path.name} decodes", decoded is not None and not isinstance(decoded, str), decoded)


if __name__ == "__main__":
    print(f"generated Python client against {BASE}")
    flow()
    fixtures()
    print(f"python: {checks} passed, 0 failed")
