"""The Python client that openapi-python-client generates from the MoMo
spec, against the sandbox: an API user and key provisioned with the
collection subscription key, its token (Basic), the balance, a request to
pay (202), the customer approving (sandbox control), its status, the same
reference refused (409), an unknown reference refused (404); then every
fixture decoded by the generated models. Run by `../portability.sh momo`
(SANDBOX_URL and SANDBOX_COLLECTION_KEY set); exits non-zero on the first
failed check.
"""

import base64
import json
import os
import sys
import uuid
from pathlib import Path
from typing import Any

import httpx

from momo_client import AuthenticatedClient
from momo_client.api.account import get_account_balance
from momo_client.api.auth import create_access_token
from momo_client.api.collection import get_request_to_pay_status, request_to_pay
from momo_client.api.provisioning import create_api_key, create_api_user
from momo_client.models import (
    AccessTokenAnswer,
    ApiKeyResult,
    ApiUser,
    Balance,
    ErrorBody,
    Party,
    PartyIdType,
    Product,
    ReasonCodeType0,
    RequestToPay,
    RequestToPayResult,
    StatusType0,
)

BASE = os.environ["SANDBOX_URL"]
KEY = {"Ocp-Apim-Subscription-Key": os.environ["SANDBOX_COLLECTION_KEY"]}
ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "momo" / "tests" / "fixtures"
checks = 0


def check(what: str, condition: bool, detail: object) -> None:
    global checks
    checks += 1
    if not condition:
        sys.exit(f"FAILED: {what}: {detail!r}")
    print(f"  ok  {what}")


def flow() -> None:
    # Provisioning carries the subscription key alone: the generated client's
    # "token" in the scheme's own header.
    keyed = AuthenticatedClient(base_url=BASE, token=KEY["Ocp-Apim-Subscription-Key"], prefix="",
                                auth_header_name="Ocp-Apim-Subscription-Key")
    user = str(uuid.uuid4())
    created = create_api_user.sync_detailed(
        client=keyed, body=ApiUser(provider_callback_host="127.0.0.1"), x_reference_id=user
    )
    check("create_api_user: 201", created.status_code == 201, created)
    made = create_api_key.sync(user, client=keyed)
    check("create_api_key", isinstance(made, ApiKeyResult) and bool(made.api_key), None)
    assert isinstance(made, ApiKeyResult)
    basic = base64.b64encode(f"{user}:{made.api_key}".encode()).decode()
    token = create_access_token.sync(Product.COLLECTION, client=AuthenticatedClient(
        base_url=BASE, token=basic, prefix="Basic", headers=KEY))
    check("create_access_token", isinstance(token, AccessTokenAnswer) and token.expires_in > 0, None)
    assert isinstance(token, AccessTokenAnswer)
    client = AuthenticatedClient(base_url=BASE, token=token.access_token, headers=KEY)

    balance = get_account_balance.sync(Product.COLLECTION, client=client, x_target_environment="sandbox")
    check("get_account_balance in EUR", isinstance(balance, Balance) and balance.currency == "EUR", balance)

    reference = str(uuid.uuid4())
    body = RequestToPay(
        amount="120.5", currency="EUR", external_id="py-1042",
        payer=Party(party_id_type=PartyIdType.MSISDN, party_id="256772123456"),
        payer_message="Order 1042", payee_note="Thank you",
    )
    accepted = request_to_pay.sync_detailed(
        client=client, body=body, x_reference_id=reference, x_target_environment="sandbox")
    check("request_to_pay: 202", accepted.status_code == 202, accepted)
    pending = get_request_to_pay_status.sync(reference, client=client, x_target_environment="sandbox")
    check("it is pending", isinstance(pending, RequestToPayResult) and pending.status == StatusType0.PENDING, pending)
    answer = httpx.post(f"{BASE}/_sandbox/requests/{reference}", json={"outcome": "approved"}, timeout=10)
    check("the customer approves (sandbox control)", answer.status_code == 200, answer.text)
    paid = get_request_to_pay_status.sync(reference, client=client, x_target_environment="sandbox")
    check("it is successful, with MTN's id",
          isinstance(paid, RequestToPayResult) and paid.status == StatusType0.SUCCESSFUL
          and bool(paid.financial_transaction_id), paid)
    again = request_to_pay.sync_detailed(
        client=client, body=body, x_reference_id=reference, x_target_environment="sandbox")
    check("the same reference again: 409 RESOURCE_ALREADY_EXIST",
          again.status_code == 409 and isinstance(again.parsed, ErrorBody)
          and again.parsed.code == ReasonCodeType0.RESOURCE_ALREADY_EXIST, again)
    unknown = get_request_to_pay_status.sync_detailed(str(uuid.uuid4()), client=client, x_target_environment="sandbox")
    check("an unknown reference: 404", unknown.status_code == 404 and isinstance(unknown.parsed, ErrorBody), unknown)


# The model of each fixture the generated operations do not parse: request
# bodies and the callbacks (whose operations a client does not call).
MODELS = {
    "create_api_user_request": "ApiUser",
    "request_to_pay_request": "RequestToPay",
    "transfer_request": "Transfer",
    "refund_v2_request": "Refund",
    "request_to_pay_outcome_request": "RequestToPayResult",
    "transfer_outcome_request": "TransferResult",
}


def fixtures() -> None:
    """Every fixture through the generated parser of its operation (an error
    at a status its operation documents), or the model of its schema."""
    import importlib
    import pkgutil

    import momo_client.api as api
    import momo_client.models as models

    parsers: dict[str, Any] = {}
    for tag in pkgutil.iter_modules(api.__path__):
        package = importlib.import_module(f"momo_client.api.{tag.name}")
        for found in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"momo_client.api.{tag.name}.{found.name}")
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
            success = 201 if operation == "create_api_key" else 200
            status = 400 if "_error_" in path.stem else success
            decoded = parsers[operation](client=client, response=httpx.Response(status, json=body))
        check(f"fixture {path.name} decodes", decoded is not None and not isinstance(decoded, str), decoded)


if __name__ == "__main__":
    print(f"generated Python client against {BASE}")
    flow()
    fixtures()
    print(f"python: {checks} passed, 0 failed")
