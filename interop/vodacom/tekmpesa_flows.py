"""The seed's M-Pesa SDK, `tekmpesa` 1.0.2 from PyPI, unchanged, runs the
documented calls of its Tanzania and Ghana classes against vodacom-sandbox:
a session for the API key (RSA-encrypted under the sandbox's public key, as
the SDK does it), C2B, B2C, B2B, a reversal, the transaction status, a
direct debit mandate and a payment under it; a customer who cancels and a
reference sent twice, answered as the gateway does. The sandbox's state
must show what the SDK did, and its balances what it moved.

Two things are changed around the SDK, not in it, and shown:
- its host: every call's `APIContext` is made for `openapi.m-pesa.com:443`
  over TLS (`_create_context`); the context it makes is pointed at the
  sandbox's address and port, without TLS;
- its sleeps: the SDK opens a new session for every call and then sleeps 30
  seconds ("SessionID can take up to 30 seconds to become live"). Each
  sleep moves the sandbox's clock forward by as much instead
  (`POST /_sandbox/clock/advance`), so the sandbox, whose sessions become
  live 30 seconds after they open, sees the time the SDK waits, without the
  run waiting for it. The seconds the SDK would have slept are reported.

`import mpesa` fails on 1.0.2 as published (its `__init__` imports the DRC
module, whose templates the package does not ship): the package is entered
without running its `__init__`, and the market modules loaded as they are.

Run by `run.sh vodacom` with SANDBOX_URL, SANDBOX_API_KEY and
SANDBOX_PUBLIC_KEY set, against a sandbox started with
`--session-live-after-ms 30000`.
"""

import importlib
import importlib.util
import os
import sys
import types
import uuid
from urllib.parse import urlparse

import requests

BASE = os.environ["SANDBOX_URL"]
API_KEY = os.environ["SANDBOX_API_KEY"]
PUBLIC_KEY = os.environ["SANDBOX_PUBLIC_KEY"]
# vodacom-sandbox's business and test numbers (its world.rs, printed by its binary).
BUSINESS = "000000"
OTHER_BUSINESS = "000001"

checks = 0
slept = 0


def check(what, condition, detail):
    global checks
    checks += 1
    if not condition:
        sys.exit(f"FAILED: {what}: {detail!r}")
    print(f"  ok  {what}")


def market_module(name):
    """`mpesa.<name>` as published, with `mpesa` entered without its `__init__`."""
    if "mpesa" not in sys.modules:
        found = importlib.util.find_spec("mpesa")
        package = types.ModuleType("mpesa")
        package.__path__ = list(found.submodule_search_locations)
        sys.modules["mpesa"] = package
    return importlib.import_module(f"mpesa.{name}")


def sleep_on_the_sandbox(seconds):
    """The SDK's `sleep`: the sandbox's clock moves instead of this run waiting."""
    global slept
    slept += seconds
    answer = requests.post(f"{BASE}/_sandbox/clock/advance", json={"seconds": seconds}, timeout=10)
    answer.raise_for_status()


def point_at_the_sandbox(api_class):
    """The contexts the SDK makes for openapi.m-pesa.com:443 go to the sandbox."""
    url = urlparse(BASE)
    made_for_vodacom = api_class._create_context

    def _create_context(self, *args, **kwargs):
        context = made_for_vodacom(self, *args, **kwargs)
        context.address, context.port, context.ssl = url.hostname, url.port, False
        return context

    api_class._create_context = _create_context


def state():
    return requests.get(f"{BASE}/_sandbox/state", timeout=10).json()


def balance(country):
    return next(b["balance"] for b in state()["balances"] if b["country"] == country)


def key():
    """A ThirdPartyConversationID: letters and digits, as the gateway takes them."""
    return uuid.uuid4().hex


def flows(name, country, customer):
    module = market_module(name)
    module.sleep = sleep_on_the_sandbox
    point_at_the_sandbox(module.API)
    api = module.API(public_key=PUBLIC_KEY, api_key=API_KEY, env="sandbox")
    print(f"{name} ({country}):")
    sessions_before = state()["sessions"]["opened"]
    start = float(balance(country))

    # Without the SDK's wait, its new session is not live yet: refused.
    module.sleep = lambda seconds: None
    early = api.transaction_status(QueryReference="none", ServiceProviderCode=BUSINESS, ThirdPartyConversationID=key())
    check("a call without the SDK's 30 s wait: INS-2, the session not live yet", early.get("ResponseCode") == "INS-2", early)
    module.sleep = sleep_on_the_sandbox

    paid = api.c2b(
        Amount="1500",
        CustomerMSISDN=customer,
        ServiceProviderCode=BUSINESS,
        ThirdPartyConversationID=(c2b_key := key()),
        TransactionReference="T12344C",
        PurchasedItemsDesc="Shoes",
    )
    check("c2b: INS-0 with a transaction id", paid.get("ResponseCode") == "INS-0" and paid.get("TransactionID"), paid)
    transaction = paid["TransactionID"]

    payout = api.b2c(
        Amount="400",
        CustomerMSISDN=customer,
        ServiceProviderCode=BUSINESS,
        ThirdPartyConversationID=key(),
        TransactionReference="T12345C",
        PaymentItemsDesc="Salary payment",
    )
    check("b2c: INS-0", payout.get("ResponseCode") == "INS-0", payout)

    stock = api.b2b(
        Amount="100",
        PrimaryPartyCode=BUSINESS,
        ReceiverPartyCode=OTHER_BUSINESS,
        ThirdPartyConversationID=key(),
        TransactionReference="T12346C",
        PurchasedItemsDesc="Stock",
    )
    check("b2b: INS-0", stock.get("ResponseCode") == "INS-0", stock)

    status = api.transaction_status(
        QueryReference=transaction,
        ServiceProviderCode=BUSINESS,
        ThirdPartyConversationID=key(),
    )
    check("status of the c2b: Completed", status.get("ResponseTransactionStatus") == "Completed", status)

    reversed_ = api.reverse(
        ReversalAmount="500",
        ServiceProviderCode=BUSINESS,
        ThirdPartyConversationID=key(),
        TransactionID=transaction,
    )
    check("reversal of part of the c2b: INS-0", reversed_.get("ResponseCode") == "INS-0", reversed_)

    again = api.c2b(
        Amount="1500",
        CustomerMSISDN=customer,
        ServiceProviderCode=BUSINESS,
        ThirdPartyConversationID=c2b_key,
        TransactionReference="T12344C",
        PurchasedItemsDesc="Shoes",
    )
    check("the same ThirdPartyConversationID again: INS-10, not paid twice", again.get("ResponseCode") == "INS-10", again)

    cancelled = api.c2b(
        Amount="10",
        CustomerMSISDN=customer[:-4] + "0005",
        ServiceProviderCode=BUSINESS,
        ThirdPartyConversationID=key(),
        TransactionReference="T12347C",
        PurchasedItemsDesc="Shoes",
    )
    check("a customer who cancels: INS-5", cancelled.get("ResponseCode") == "INS-5", cancelled)

    mandate = api.direct_debit_create(
        AgreedTC="1",
        CustomerMSISDN=customer,
        EndRangeOfDays="22",
        ExpiryDate="20281126",
        FirstPaymentDate="20261224",
        Frequency="06",
        ServiceProviderCode=BUSINESS,
        StartRangeOfDays="01",
        ThirdPartyConversationID=key(),
        ThirdPartyReference="gym42",
    )
    check("direct debit mandate: INS-0", mandate.get("ResponseCode") == "INS-0", mandate)
    debit = api.direct_debit_payment(
        Amount="300",
        CustomerMSISDN=customer,
        ServiceProviderCode=BUSINESS,
        ThirdPartyConversationID=key(),
        ThirdPartyReference="gym42",
    )
    check("payment under the mandate: INS-0", debit.get("ResponseCode") == "INS-0", debit)

    # What the sandbox holds: the money moved once per call, a session per call.
    moved = float(balance(country)) - start
    check(f"{country} balance moved by 1500 - 400 - 100 - 500 + 300", moved == 800, moved)
    mine = [t for t in state()["transactions"] if t["country"] == country]
    kinds = [t["kind"] for t in mine]
    check(
        "the sandbox holds each transaction once",
        kinds == ["c2b_payment", "b2c_payment", "b2b_payment", "reversal", "c2b_payment", "direct_debit_payment"],
        kinds,
    )
    opened = state()["sessions"]["opened"] - sessions_before
    check("the SDK opened a session for every call (10 calls)", opened == 10, opened)


flows("tanzania", "TZN", "255744553111")
flows("ghana", "GHA", "233244553111")
print(f"tekmpesa against vodacom-sandbox: {checks} checks, 0 failed")
print(f"the SDK would have slept {slept} s (30 s before each call); the sandbox's clock moved instead")
