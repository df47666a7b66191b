"""The Python client that openapi-python-client generates from Vodacom
Mozambique's spec, against the sandbox: no session, the API key encrypted
under the sandbox's public key (RSA PKCS#1 v1.5) on every request, each
operation on its own port (a client per port, as the spec's paths give
them): a C2B payment, the same ThirdPartyReference refused (`INS-10`,
409), its status, a partial reversal by the sandbox's initiator, a B2C and
a B2B payment, a wrong API key refused (`INS-2`, 401), a payment sent to
another operation's port not found (404); then every fixture decoded by
the generated parser of its operation or the model of its request. Run by
`../portability.sh vodacom-mozambique` (SANDBOX_API_KEY, SANDBOX_PUBLIC_KEY,
SANDBOX_MOZAMBIQUE and SANDBOX_MOZAMBIQUE_INITIATOR set); exits non-zero
on the first failed check.
"""

import base64
import json
import os
import sys
import uuid
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.serialization import load_der_public_key

from mozambique_client import AuthenticatedClient
from mozambique_client.api.payments import b2b_payment, b2c_payment, c2b_payment, reversal
from mozambique_client.api.queries import query_transaction_status
from mozambique_client.models import (
    B2BRequest,
    B2CRequest,
    C2BRequest,
    PaymentAnswer,
    Refusal,
    ReversalRequest,
    StatusAnswer,
)

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "vodacom" / "tests" / "fixtures" / "mozambique"
SERVED = dict(entry.split(" ", 1) for entry in os.environ["SANDBOX_MOZAMBIQUE"].strip(";").split(";"))
BUSINESS = "000000"
CUSTOMER = "258843330333"
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


def on(path: str, api_key: str = os.environ["SANDBOX_API_KEY"]) -> AuthenticatedClient:
    """A client of the operation at `path`, on the sandbox's port for it."""
    return AuthenticatedClient(base_url=SERVED[path], token=encrypted(api_key))


def code(answer: object) -> str:
    return str(getattr(answer, "output_response_code", ""))


def key() -> str:
    return uuid.uuid4().hex


def flow() -> None:
    c2b = on("/ipg/v1x/c2bPayment/singleStage/")
    reference = key()
    payment = C2BRequest(input_amount="1000", input_customer_msisdn=CUSTOMER, input_service_provider_code=BUSINESS,
                         input_third_party_reference=reference, input_transaction_reference="ORDER-1042")
    paid = c2b_payment.sync(client=c2b, body=payment)
    check("c2b_payment: INS-0 with a transaction id",
          isinstance(paid, PaymentAnswer) and code(paid) == "INS-0" and isinstance(paid.output_transaction_id, str), paid)
    assert isinstance(paid, PaymentAnswer) and isinstance(paid.output_transaction_id, str)
    again = c2b_payment.sync_detailed(client=c2b, body=payment)
    check("the same reference again: 409 INS-10", again.status_code == 409 and isinstance(again.parsed, Refusal)
          and code(again.parsed) == "INS-10", again.parsed)
    status = query_transaction_status.sync(
        client=on("/ipg/v1x/queryTransactionStatus/"), input_query_reference=paid.output_transaction_id,
        input_service_provider_code=BUSINESS, input_third_party_reference=key())
    check("query_transaction_status: Completed", isinstance(status, StatusAnswer)
          and str(status.output_response_transaction_status) == "Completed", status)
    initiator, credential = os.environ["SANDBOX_MOZAMBIQUE_INITIATOR"].split(" / ")
    back = reversal.sync(client=on("/ipg/v1x/reversal/"), body=ReversalRequest(
        input_initiator_identifier=initiator, input_reversal_amount="300", input_security_credential=credential,
        input_service_provider_code=BUSINESS, input_third_party_reference=key(),
        input_transaction_id=paid.output_transaction_id))
    check("reversal by the sandbox's initiator: INS-0", code(back) == "INS-0", back)
    payout = b2c_payment.sync(client=on("/ipg/v1x/b2cPayment/"), body=B2CRequest(
        input_amount="200", input_customer_msisdn=CUSTOMER, input_service_provider_code=BUSINESS,
        input_third_party_reference=key(), input_transaction_reference="PAYOUT-7"))
    check("b2c_payment: INS-0", code(payout) == "INS-0", payout)
    stock = b2b_payment.sync(client=on("/ipg/v1x/b2bPayment/"), body=B2BRequest(
        input_amount="100", input_primary_party_code=BUSINESS, input_receiver_party_code="000001",
        input_third_party_reference=key(), input_transaction_reference="STOCK-7"))
    check("b2b_payment: INS-0", code(stock) == "INS-0", stock)
    wrong = c2b_payment.sync_detailed(client=on("/ipg/v1x/c2bPayment/singleStage/", "not-the-key"), body=payment)
    check("a wrong API key: 401 INS-2", wrong.status_code == 401 and code(wrong.parsed) == "INS-2", wrong.parsed)
    misrouted = c2b_payment.sync_detailed(client=on("/ipg/v1x/queryTransactionStatus/"), body=payment)
    check("a payment on the status port: 404", misrouted.status_code == 404, misrouted.parsed)


# The model of each request body among the fixtures (the generated
# operations parse answers only).
MODELS = {
    "c2b_payment_request": "C2BRequest",
    "b2c_payment_request": "B2CRequest",
}


def fixtures() -> None:
    """Every fixture through the generated parser of its operation, or the
    model of its request body."""
    import importlib
    import pkgutil
    from typing import Any

    import httpx

    import mozambique_client.api as api
    import mozambique_client.models as models

    parsers: dict[str, Any] = {}
    for tag in pkgutil.iter_modules(api.__path__):
        package = importlib.import_module(f"mozambique_client.api.{tag.name}")
        for found in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"mozambique_client.api.{tag.name}.{found.name}")
            parsers[found.name] = module._parse_response
    client = AuthenticatedClient(base_url="http://127.0.0.1", token="not-used-for-parsing")
    for path in sorted(FIXTURES.glob("*.json")):
        body = json.loads(path.read_bytes())
        decoded: object
        if path.stem in MODELS:
            decoded = getattr(models, MODELS[path.stem]).from_dict(body)
        else:
            operation = max((op for op in parsers if path.stem.startswith(op + "_")), key=len)
            decoded = parsers[operation](client=client, response=httpx.Response(201, json=body))
        check(f"fixture {path.name} decodes", decoded is not None and not isinstance(decoded, str), decoded)


if __name__ == "__main__":
    print(f"generated Python client against {SERVED['/ipg/v1x/c2bPayment/singleStage/']} and the other ports")
    flow()
    fixtures()
    print(f"python: {checks} passed, 0 failed")
