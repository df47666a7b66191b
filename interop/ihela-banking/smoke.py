"""The Python client that openapi-python-client generates from the banking
and agent contract, against the sandbox: the partner's JWT pair and its
refresh, account lookup, fee, deposit, statement, transaction status, a
refused withdrawal (code 05 inside HTTP 200); the agent's client-credentials
token, cash-in and cash-out in two steps; an HTML 502; then every fixture
decoded by the generated models. Run by `../portability.sh ihela-banking`
(SANDBOX_URL set; the partner's and agent's credentials are the sandbox's
defaults); exits non-zero on the first failed check.
"""

import base64
import json
import os
import sys
import uuid
from pathlib import Path
from typing import Any, TypeVar

import httpx

from ihela_banking import AuthenticatedClient, Client
from ihela_banking.types import Unset
from ihela_banking.api.agent import agent_deposit, operation_lookup, validate_withdrawal
from ihela_banking.api.auth import create_token, refresh_jwt, request_jwt
from ihela_banking.api.banking import make_deposit, make_withdrawal, mini_statement, transaction_fee
from ihela_banking.api.shared import account_lookup, ping, transaction_status
from ihela_banking.models import (
    AccountAnswer,
    AccountQuery,
    ClientCredentialsRequest,
    ClientCredentialsRequestGrantType,
    ClientToken,
    CurrencyType0,
    DepositRequest,
    FeeAnswer,
    FeeRequest,
    JwtPair,
    JwtRefreshed,
    JwtRefreshRequest,
    JwtRequest,
    OperationAnswer,
    OperationLookupAnswer,
    OperationLookupRequest,
    OperationStatusType0,
    OperationTypeType0,
    ResponseCodeType0,
    StatementAnswer,
    TransactionStatusRequest,
    ValidateWithdrawalRequest,
    WithdrawalRequest,
)

BASE = os.environ["SANDBOX_URL"]
FIXTURES = Path(__file__).resolve().parents[2] / "ihela" / "tests" / "fixtures" / "banking"
checks = 0
T = TypeVar("T")


def check(what: str, condition: bool, detail: object) -> None:
    global checks
    checks += 1
    if not condition:
        sys.exit(f"FAILED: {what}: {detail!r}")
    print(f"  ok  {what}")


def data(answer: object, kind: type[T]) -> Any:
    """The `response_data` of `answer`, which must be a `kind` that has one."""
    check(f"a {kind.__name__}", isinstance(answer, kind), answer)
    inner = getattr(answer, "response_data", None)
    check(f"{kind.__name__} has its data", inner is not None and not isinstance(inner, Unset), answer)
    return inner


def control(path: str, body: dict[str, Any] | None = None) -> Any:
    answer = httpx.post(f"{BASE}/_sandbox/{path}", json=body or {}, timeout=10)
    answer.raise_for_status()
    return answer.json()


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def partner() -> AuthenticatedClient:
    """The partner's JWT pair, its access token renewed once by refresh."""
    anonymous = Client(base_url=BASE)
    pair = request_jwt.sync(client=anonymous, body=JwtRequest(username="sandbox-partner", password="sandbox-partner-password"))
    check("request_jwt: the pair", isinstance(pair, JwtPair), type(pair))
    assert isinstance(pair, JwtPair)
    renewed = refresh_jwt.sync(client=anonymous, body=JwtRefreshRequest(refresh=pair.refresh))
    check("refresh_jwt: a new access token", isinstance(renewed, JwtRefreshed) and renewed.access != pair.access, type(renewed))
    assert isinstance(renewed, JwtRefreshed)
    return AuthenticatedClient(base_url=BASE, token=renewed.access)


def agent() -> AuthenticatedClient:
    """The agent's client-credentials token (HTTP Basic)."""
    basic = base64.b64encode(b"sandbox-agent-id:sandbox-agent-secret").decode()
    anonymous = AuthenticatedClient(base_url=BASE, token=basic, prefix="Basic")
    grant = ClientCredentialsRequest(grant_type=ClientCredentialsRequestGrantType.CLIENT_CREDENTIALS)
    token = create_token.sync(client=anonymous, body=grant)
    check("create_token (the agent)", isinstance(token, ClientToken), type(token))
    assert isinstance(token, ClientToken)
    return AuthenticatedClient(base_url=BASE, token=token.access_token)


def partner_flow(client: AuthenticatedClient) -> None:
    found = account_lookup.sync(client=client, body=AccountQuery(account_number="ACT-123"))
    check("account_lookup", data(found, AccountAnswer).account_holder == "John Doe", found)
    fee = transaction_fee.sync(
        client=client, body=FeeRequest(currency=CurrencyType0.BIF, operation_type=OperationTypeType0.WITHDRAWAL, amount="20000")
    )
    check("transaction_fee", data(fee, FeeAnswer).fee == "200", fee)

    reference = unique("py-dep")
    deposit = DepositRequest(
        credit_account="ACT-123", credit_account_holder="John Doe", amount=5000,
        description="Invoice 42", external_reference=reference, pin_code="1234",
    )
    done = make_deposit.sync(client=client, body=deposit)
    operation = data(done, OperationAnswer)
    check("make_deposit", isinstance(done, OperationAnswer) and done.response_code == ResponseCodeType0.VALUE_0, done)
    check("its status is the known value Success", operation.status == OperationStatusType0.SUCCESS, done)

    statement = mini_statement.sync(client=client, account_number="ACT-123")
    check("mini_statement shows the deposit first", data(statement, StatementAnswer).entries[0].external_reference == reference, statement)
    status = transaction_status.sync(client=client, body=TransactionStatusRequest(external_reference=reference))
    check("transaction_status", data(status, OperationAnswer).reference == operation.reference, status)

    short = WithdrawalRequest(
        debit_account="000002-01", debit_account_holder="Jean Bosco Nduwimana", amount=5000,
        description="More than there is", external_reference=unique("py-short"), pin_code="1234",
    )
    refused = make_withdrawal.sync_detailed(client=client, body=short)
    parsed = refused.parsed
    check("insufficient funds: code 05 inside HTTP 200", refused.status_code == 200 and isinstance(parsed, OperationAnswer)
          and parsed.response_code == ResponseCodeType0.VALUE_1 and parsed.success is False, parsed)


def agent_flow(client: AuthenticatedClient) -> None:
    cash_in = DepositRequest(
        credit_account="ACT-123", credit_account_holder="John Doe", amount=10000,
        description="Cash-in", external_reference=unique("py-agd"), pin_code="4321",
    )
    done = agent_deposit.sync(client=client, body=cash_in)
    check("agent_deposit", isinstance(done, OperationAnswer) and done.success is True, done)
    request = control("banking/cash-out-requests", {"account_number": "ACT-123", "amount": 3000})
    found = operation_lookup.sync(client=client, body=OperationLookupRequest(operation_code=request["operation_code"], amount="3000"))
    check("operation_lookup", isinstance(found, OperationLookupAnswer) and found.validation_operation_code is not None, found)
    assert isinstance(found, OperationLookupAnswer) and isinstance(found.validation_operation_code, str)
    validation = ValidateWithdrawalRequest(
        external_reference=unique("py-cso"), pin_code="4321", agent_code="AGT-001", amount="3000",
        validation_operation_code=found.validation_operation_code,
    )
    paid = validate_withdrawal.sync(client=client, body=validation)
    check("validate_withdrawal", data(paid, OperationAnswer).fee == "100", paid)

    control("faults", {"path": "/ihela/api/v1/ping/", "kind": "status", "status": 502,
                       "body": "<html><body>502 Bad Gateway</body></html>", "count": 1})
    html = ping.sync_detailed(client=client)
    check("an HTML 502 is kept as text, not a decoding crash",
          html.status_code == 502 and isinstance(html.parsed, str) and "<html>" in html.parsed, html)


def fixtures() -> None:
    """Every fixture through the generated parser of its operation."""
    import importlib
    import pkgutil

    import ihela_banking.api as api

    parsers: dict[str, Any] = {}
    for tag in pkgutil.iter_modules(api.__path__):
        package = importlib.import_module(f"ihela_banking.api.{tag.name}")
        for found in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"ihela_banking.api.{tag.name}.{found.name}")
            parsers[found.name] = module._parse_response
    client = Client(base_url=BASE)
    for path in sorted(FIXTURES.glob("*.json")):
        body = json.loads(path.read_bytes())
        operation = max((op for op in parsers if path.stem.startswith(op + "_")), key=len)
        status = 400 if path.stem[len(operation) + 1 :].startswith("error") else 200
        decoded = parsers[operation](client=client, response=httpx.Response(status, json=body))
        check(f"fixture {path.name} decodes", decoded is not None and not isinstance(decoded, str), decoded)


if __name__ == "__main__":
    print(f"generated Python client (banking and agent) against {BASE}")
    partner_flow(partner())
    agent_flow(agent())
    fixtures()
    print(f"python: {checks} passed, 0 failed")
