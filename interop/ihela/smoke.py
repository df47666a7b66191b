"""The Python client that openapi-python-client generates from the spec,
against the sandbox: token, banks, bill init, payment (sandbox control),
verify, cash-in, a refused cash-in, an HTML 502; then every fixture decoded
by the generated models. Run by `../portability.sh ihela` (SANDBOX_URL, SANDBOX_ID,
SANDBOX_SECRET set); exits non-zero on the first failed check.
"""

import base64
import json
import os
import sys
import uuid
from pathlib import Path
from typing import Any

import httpx

from ihela_merchant import AuthenticatedClient
from ihela_merchant.api.auth import create_token
from ihela_merchant.api.banks import list_banks
from ihela_merchant.api.bills import init_bill, verify_bill
from ihela_merchant.api.cash_in import cash_in
from ihela_merchant.models import (
    AccountCashIn,
    BankList,
    BankTypeType0,
    BillCallback,
    BillCallbackAnswer,
    BillInitRequest,
    BillInitResponse,
    BillStatusType0,
    BillVerification,
    BillVerifyRequest,
    BillVerifyResponse,
    CashInResult,
    Token,
    TokenRequest,
    TokenRequestGrantType,
)

BASE = os.environ["SANDBOX_URL"]
FIXTURES = Path(__file__).resolve().parents[2] / "ihela" / "tests" / "fixtures"
checks = 0


def check(what: str, condition: bool, detail: object) -> None:
    global checks
    checks += 1
    if not condition:
        sys.exit(f"FAILED: {what}: {detail!r}")
    print(f"  ok  {what}")


def control(path: str, body: dict[str, Any] | None = None) -> Any:
    answer = httpx.post(f"{BASE}/_sandbox/{path}", json=body or {}, timeout=10)
    answer.raise_for_status()
    return answer.json()


def flow() -> None:
    credentials = f"{os.environ['SANDBOX_ID']}:{os.environ['SANDBOX_SECRET']}".encode()
    basic = AuthenticatedClient(base_url=BASE, token=base64.b64encode(credentials).decode(), prefix="Basic")
    token = create_token.sync(client=basic, body=TokenRequest(grant_type=TokenRequestGrantType.CLIENT_CREDENTIALS))
    check("create_token", isinstance(token, Token) and bool(token.access_token), token)
    assert isinstance(token, Token)
    client = AuthenticatedClient(base_url=BASE, token=token.access_token)

    banks = list_banks.sync(client=client)
    check("list_banks", isinstance(banks, BankList) and len(banks.banks) == 4, banks)
    assert isinstance(banks, BankList)
    kinds = {bank.slug: bank.bank_type for bank in banks.banks}
    check("bank types decode to the known enum", kinds.get("MOB-0003") == BankTypeType0.MOB, kinds)

    reference = f"py-{uuid.uuid4().hex[:12]}"
    request = BillInitRequest(amount=2000, user="clientmail@gmail.com", description="Order 1042", merchant_reference=reference)
    created = init_bill.sync(client=client, body=request)
    check("init_bill", isinstance(created, BillInitResponse) and created.bill.code.startswith("BILL-"), created)
    assert isinstance(created, BillInitResponse)
    code = created.bill.code

    control(f"bills/{code}/pay")
    verified = verify_bill.sync(client=client, body=BillVerifyRequest(code=reference, reference=code))
    check("verify_bill after payment", isinstance(verified, BillVerifyResponse), verified)
    assert isinstance(verified, BillVerifyResponse)
    status = verified.bill.status
    check("the status is the known value Paid", status == BillStatusType0.PAID, status)

    payout = AccountCashIn(
        bank_slug="MF1-0001", account="000001-01", amount=20000,
        merchant_reference=f"py-cashin-{uuid.uuid4().hex[:12]}", description="Refund of order 1042",
    )
    accepted = cash_in.sync(client=client, body=payout)
    check("cash_in accepted", isinstance(accepted, CashInResult) and accepted.error is False, accepted)

    too_much = AccountCashIn(
        bank_slug="MF1-0001", account="000001-01", amount=900_000_000,
        merchant_reference=f"py-refused-{uuid.uuid4().hex[:12]}", description="More than the balance",
    )
    refused = cash_in.sync(client=client, body=too_much)
    check("a refused cash-in is a failure inside HTTP 200", isinstance(refused, CashInResult) and refused.error is True, refused)

    control("faults", {"path": "/api/v1/payments/bank/", "kind": "status", "status": 502,
                       "body": "<html><body>502 Bad Gateway</body></html>", "count": 1})
    html = list_banks.sync_detailed(client=client)
    check("an HTML 502 is kept as text, not a decoding crash",
          html.status_code == 502 and isinstance(html.parsed, str) and "<html>" in html.parsed, html)


def fixtures() -> None:
    """Every fixture through the generated parser of its operation."""
    import importlib
    import pkgutil

    import ihela_merchant.api as api

    parsers: dict[str, Any] = {}
    for tag in pkgutil.iter_modules(api.__path__):
        package = importlib.import_module(f"ihela_merchant.api.{tag.name}")
        for found in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"ihela_merchant.api.{tag.name}.{found.name}")
            parsers[found.name] = module._parse_response
    client = AuthenticatedClient(base_url=BASE, token="not-used-for-parsing")
    for path in sorted(FIXTURES.glob("*.json")):
        body = json.loads(path.read_bytes())
        decoded: object
        if path.stem == "bill_paid_request":
            decoded = BillCallback.from_dict(body)
        elif path.stem == "bill_paid_answer":
            decoded = BillCallbackAnswer.from_dict(body)
        else:
            operation = max((op for op in parsers if path.stem.startswith(op + "_")), key=len)
            decoded = parsers[operation](client=client, response=httpx.Response(200, json=body))
        check(f"fixture {path.name} decodes", decoded is not None and not isinstance(decoded, str), decoded)
    unknown = BillVerification.from_dict({"reference": "BILL-1", "code": "r", "status": "Refunded"})
    check("an unlisted status decodes as a string", unknown.status == "Refunded", unknown)


if __name__ == "__main__":
    print(f"generated Python client against {BASE}")
    flow()
    fixtures()
    print(f"python: {checks} passed, 0 failed")
