"""The seed's MoMo SDK, `mobilemoney-py` 0.1.2 (S4), installed unchanged
from PyPI, runs its documented flows against the MoMo sandbox binary
(`../run.sh momo`): provisioning, collection and disbursements. Its hosts
are a class attribute (`Route.BASE`), pointed here at the sandbox, as a
merchant points it at MTN's.

Where the SDK's own defects make a call fail before anything is sent, the
check expects that failure and proves nothing reached the sandbox (its
state is unchanged):

- `Disbursements` stores `self.subscripyion_key` and reads
  `self.subscription_key`: every disbursement call but the token raises
  AttributeError (mobile-money.md §5);
- `Collection.get_withdraw_status` and `Collection.isActive` read
  `self.http.is_Live` (the attribute is `isLive`): AttributeError;
- `Disbursements.deposit`, `transfer` and `refund` would also pass the
  headers where `Route` takes the environment flag.

SANDBOX_URL and the keys SANDBOX_COLLECTION_KEY, SANDBOX_DISBURSEMENT_KEY
come from `common.sh`. Prints one line per check and exits 1 on the first
unexpected result.
"""

import asyncio
import os
import sys

import httpx
from mobilemoney import Client
from mobilemoney.request.route import Route

BASE = os.environ["SANDBOX_URL"]
COLLECTION_KEY = os.environ["SANDBOX_COLLECTION_KEY"]
DISBURSEMENT_KEY = os.environ["SANDBOX_DISBURSEMENT_KEY"]
CUSTOMER = "256772123456"
checks = 0


def check(what, condition, detail=None):
    global checks
    checks += 1
    if not condition:
        sys.exit(f"FAILED: {what}: {detail!r}")
    print(f"  ok  {what}")


def state():
    return httpx.get(f"{BASE}/_sandbox/state", timeout=10).json()


async def fails_in_the_sdk(what, call, attribute):
    """`call` raises AttributeError naming `attribute`, and the sandbox saw nothing."""
    before = state()
    try:
        await call
    except AttributeError as error:
        check(f"{what}: fails in the SDK ({error})", attribute in str(error), error)
        after = state()
        check(f"{what}: nothing reached the sandbox", after == before, after)
        return
    check(f"{what}: fails in the SDK", False, "it did not fail")


def rtp_body(amount, payer, external_id):
    return {
        "amount": str(amount),
        "currency": "EUR",
        "externalId": external_id,
        "payer": {"partyIdType": "MSISDN", "partyId": payer},
        "payerMessage": "Order",
        "payeeNote": "Thanks",
    }


async def provision(client, key):
    """An API user and key, as S4's quick start makes them."""
    user = client.get_reference_id()
    created = await client.create_api_user(user, key, "127.0.0.1")
    check("create_api_user", created is True, created)
    ok, read = await client.get_api_user(user, key)
    check("get_api_user", ok and read["targetEnvironment"] == "sandbox", read)
    ok, made = await client.create_api_key(user, key)
    check("create_api_key", ok and len(made["apiKey"]) > 0, "(a key)")
    return user, made["apiKey"]


async def collection_flows(client):
    user, api_key = await provision(client, COLLECTION_KEY)
    collection = client.collection(COLLECTION_KEY)
    ok, token = await collection.create_access_token(client.basic_token(user, api_key))
    check("collection create_access_token", ok and token["expires_in"] > 0, "(a token)")
    bearer = client.bearer_token(token["access_token"])
    ok, balance = await collection.get_account_balance(bearer, "sandbox")
    check("collection get_account_balance", ok and balance["currency"] == "EUR", balance)
    ok, balance = await collection.get_account_balance_in("EUR", bearer, "sandbox")
    check("collection get_account_balance_in EUR", ok and "availableBalance" in balance, balance)
    ok, info = await collection.get_basic_user_info(CUSTOMER, bearer, "sandbox")
    check("collection get_basic_user_info", ok and info["status"] == "ACTIVE", info)

    reference = client.get_reference_id()
    ok, _ = await collection.request_to_pay(bearer, reference, "sandbox", rtp_body(250, CUSTOMER, "py-1"))
    check("collection request_to_pay: 202", ok)
    request = next(r for r in state()["requests"] if r["reference"] == reference)
    check("the sandbox holds it, pending", request["status"] == "PENDING" and request["amount"] == "250", request)
    settled = httpx.post(f"{BASE}/_sandbox/requests/{reference}", json={"outcome": "approved"}, timeout=10)
    check("the customer approves (sandbox control)", settled.json()["status"] == "SUCCESSFUL", settled.text)
    try:
        await collection.request_to_pay(bearer, reference, "sandbox", rtp_body(250, CUSTOMER, "py-1"))
        check("the same reference again is refused", False, "no error")
    except Exception as error:  # the SDK raises its Conflict
        check(f"the same reference again is refused: {type(error).__name__}", type(error).__name__ == "Conflict", error)

    failed = client.get_reference_id()
    ok, _ = await collection.request_to_pay(bearer, failed, "sandbox", rtp_body(10, "46733123451", "py-2"))
    check("request_to_pay to MTN's 'rejected' number: 202", ok)
    withdraw = client.get_reference_id()
    ok, _ = await collection.withdraw(bearer, withdraw, "sandbox", rtp_body(30, CUSTOMER, "py-3"))
    check("collection withdraw (v2): 202", ok)
    kinds = [r["kind"] for r in state()["requests"] if r["reference"] in (failed, withdraw)]
    check("the sandbox holds the request to pay and the withdrawal", sorted(kinds) == ["request_to_pay", "request_to_withdraw"], kinds)
    await fails_in_the_sdk("collection get_withdraw_status", collection.get_withdraw_status(bearer, withdraw), "is_Live")
    await fails_in_the_sdk("collection isActive", collection.isActive(CUSTOMER, "msisdn", bearer), "is_Live")


async def disbursement_flows(client):
    user, api_key = await provision(client, DISBURSEMENT_KEY)
    disbursements = client.disbursements(DISBURSEMENT_KEY)
    ok, token = await disbursements.create_access_token(client.basic_token(user, api_key))
    check("disbursements create_access_token", ok and token["expires_in"] > 0, "(a token)")
    bearer = client.bearer_token(token["access_token"])
    body = {
        "amount": "100",
        "currency": "EUR",
        "externalId": "py-payout",
        "payee": {"partyIdType": "MSISDN", "partyId": CUSTOMER},
        "payerMessage": "Salary",
        "payeeNote": "November",
    }
    await fails_in_the_sdk("disbursements get_account_balance", disbursements.get_account_balance(bearer, "sandbox"), "subscription_key")
    await fails_in_the_sdk("disbursements transfer", disbursements.transfer(client.get_reference_id(), bearer, "sandbox", body), "subscription_key")
    await fails_in_the_sdk("disbursements deposit (v2)", disbursements.deposit(client.get_reference_id(), bearer, "sandbox", body), "subscription_key")
    refund = {"amount": "10", "currency": "EUR", "externalId": "py-refund", "payerMessage": "Refund", "payeeNote": "Refund",
              "referenceIdToRefund": client.get_reference_id()}
    await fails_in_the_sdk("disbursements refund (v2)", disbursements.refund(client.get_reference_id(), bearer, "sandbox", refund), "subscription_key")
    await fails_in_the_sdk("disbursements get_transfer_status", disbursements.get_transfer_status(client.get_reference_id(), bearer, "sandbox"), "subscription_key")


async def main():
    Route.BASE["sandbox"] = BASE
    client = Client()
    client.is_sandbox()
    print(f"mobilemoney-py 0.1.2 against {BASE}")
    await collection_flows(client)
    await disbursement_flows(client)
    print(f"mobilemoney-py: {checks} passed, 0 failed")


if __name__ == "__main__":
    asyncio.run(main())
