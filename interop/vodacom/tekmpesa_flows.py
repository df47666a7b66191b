"""The seed's M-Pesa SDK, `tekmpesa` 1.0.2 from PyPI, unchanged, runs the
documented calls of its Tanzania, Ghana and Mozambique classes against
vodacom-sandbox. Tanzania and Ghana:
a session for the API key (RSA-encrypted under the sandbox's public key, as
the SDK does it), C2B, B2C, B2B, a reversal, the transaction status, a
direct debit mandate and a payment under it; a customer who cancels and a
reference sent twice, answered as the gateway does. The sandbox's state
must show what the SDK did, and its balances what it moved.

Mozambique (no session, a port per operation): C2B, B2B, status, a
reversal by the sandbox's initiator, the same reference again (`INS-10`),
and B2C, which the SDK sends to a misspelt path (`/ipg/v1x/b2cPaymemt/`):
not found, nothing paid (shown, not hidden).

Two things are changed around the SDK, not in it, and shown:
- its host: every call's `APIContext` is made for `openapi.m-pesa.com:443`
  (Mozambique's `api.sandbox.vm.co.mz` and the operation's port) over TLS
  (`_create_context`); the context it makes is pointed at the sandbox's
  address and port (for Mozambique, the sandbox's port of the same
  operation, by the spec's servers), without TLS;
- its sleeps: the SDK opens a new session for every call and then sleeps 30
  seconds ("SessionID can take up to 30 seconds to become live"). Each
  sleep moves the sandbox's clock forward by as much instead
  (`POST /_sandbox/clock/advance`), so the sandbox, whose sessions become
  live 30 seconds after they open, sees the time the SDK waits, without the
  run waiting for it. The seconds the SDK would have slept are reported.

`import mpesa` fails on 1.0.2 as published (its `__init__` imports the DRC
module, whose templates the package does not ship): the package is entered
without running its `__init__`, and the market modules loaded as they are.

Run by `run.sh vodacom` with SANDBOX_URL, SANDBOX_API_KEY,
SANDBOX_PUBLIC_KEY, SANDBOX_MOZAMBIQUE and SANDBOX_MOZAMBIQUE_INITIATOR
set, against a sandbox started with `--session-live-after-ms 30000`.
"""

import importlib
import importlib.util
import json
import os
import sys
import types
import uuid
from pathlib import Path
from urllib.parse import urlparse

import requests

ROOT = Path(__file__).resolve().parents[2]
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


def mozambique_flows():
    """Mozambique's class: no session, a port per operation. Its contexts are
    pointed at the sandbox's port for the same operation: the gateway's
    port of each path (the spec's servers) mapped to the sandbox's."""
    module = market_module("mozambique")
    spec = json.loads((ROOT / "vodacom" / "openapi" / "vodacom-mozambique.json").read_text())
    served = dict(entry.split(" ", 1) for entry in os.environ["SANDBOX_MOZAMBIQUE"].strip(";").split(";"))
    sandbox_port = {
        urlparse(item["servers"][0]["url"]).port: urlparse(served[path]).port
        for path, item in spec["paths"].items()
    }
    made_for_vodacom = module.API._create_context

    def _create_context(self, *args, **kwargs):
        context = made_for_vodacom(self, *args, **kwargs)
        context.address, context.ssl = "127.0.0.1", False
        context.port = sandbox_port.get(context.port, context.port)
        return context

    module.API._create_context = _create_context
    initiator, credential = os.environ["SANDBOX_MOZAMBIQUE_INITIATOR"].split(" / ")
    api = module.API(public_key=PUBLIC_KEY, api_key=API_KEY, env="sandbox")
    print("mozambique (MZN):")
    customer = "258843330333"
    start = float(state()["mozambique"]["balance"])

    paid = api.c2b(Amount="1000", CustomerMSISDN=customer, ServiceProviderCode=BUSINESS,
                   TransactionReference="T12344C", ThirdPartyReference=(c2b_key := key()))
    check("c2b: INS-0 with a transaction id", paid.get("ResponseCode") == "INS-0" and paid.get("TransactionID"), paid)
    transaction = paid["TransactionID"]
    stock = api.b2b(Amount="100", PrimaryPartyCode=BUSINESS, ReceiverPartyCode=OTHER_BUSINESS,
                    ThirdPartyReference=key(), TransactionReference="T12346C")
    check("b2b: INS-0", stock.get("ResponseCode") == "INS-0", stock)
    status = api.transaction_status(QueryReference=transaction, ServiceProviderCode=BUSINESS,
                                    ThirdPartyReference=key())
    check("status of the c2b: Completed", status.get("ResponseTransactionStatus") == "Completed", status)
    reversed_ = api.reverse(ReversalAmount="300", TransactionID=transaction, ServiceProviderCode=BUSINESS,
                            SecurityCredential=credential, InitiatorIdentifier=initiator, ThirdPartyReference=key())
    check("reversal by the sandbox's initiator: INS-0", reversed_.get("ResponseCode") == "INS-0", reversed_)
    again = api.c2b(Amount="1000", CustomerMSISDN=customer, ServiceProviderCode=BUSINESS,
                    TransactionReference="T12344C", ThirdPartyReference=c2b_key)
    check("the same ThirdPartyReference again: INS-10, not paid twice", again.get("ResponseCode") == "INS-10", again)
    # The SDK's B2C path is misspelt (`/ipg/v1x/b2cPaymemt/`): the gateway's
    # port for B2C has no such path, and nothing is paid.
    payout = api.b2c(Amount="400", CustomerMSISDN=customer, ServiceProviderCode=BUSINESS,
                     TransactionReference="T12345C", ThirdPartyReference=key())
    check("b2c on the SDK's misspelt path b2cPaymemt: not found (INS-22), nothing paid",
          payout.get("ResponseCode") == "INS-22", payout)
    moved = float(state()["mozambique"]["balance"]) - start
    check("MZN balance moved by 1000 - 100 - 300, the B2C not at all", moved == 600, moved)
    kinds = [t["kind"] for t in state()["mozambique"]["transactions"]]
    check("the sandbox holds each transaction once", kinds == ["c2b_payment", "b2b_payment", "reversal"], kinds)
    check("no session: Mozambique opens none", state()["sessions"]["opened"] == 20, state()["sessions"])


flows("tanzania", "TZN", "255744553111")
flows("ghana", "GHA", "233244553111")
mozambique_flows()
print(f"tekmpesa against vodacom-sandbox: {checks} checks, 0 failed")
print(f"the SDK would have slept {slept} s (30 s before each call); the sandbox's clock moved instead")
