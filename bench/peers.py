"""An API's Python peers, unchanged from PyPI, making its measured call on
one sandbox process: one call at a time, and many in flight (synchronous
clients on as many threads, asyncio clients with asyncio). Prints one line
per figure, as `target/release/against` does for the Rust client:
`<client> <mode> <calls/s> <p50 µs>`.

- `ihela`: the official iHela clients listing the banks;
- `daraja`: `tekmpesa` 1.0.2 (the seed) and `mpesakit` 2.2.0 (a maintained
  SDK) querying a paid STK push. tekmpesa fetches a new token for every
  call and each new Daraja token invalidates the last, so its calls in
  flight refuse one another: that figure counts the calls that succeeded;
- `momo`: `mobilemoney-py` 0.1.2 (the seed) asking the collection balance,
  the call both it and `momo` make (its request-to-pay status call does not
  exist, its withdrawal status fails in the SDK). It opens and closes an
  aiohttp session around every call, on one shared client object, so its
  calls in flight close one another's sessions: that figure counts the
  calls that succeeded.

Run by peers.sh, which sets SANDBOX_URL, SANDBOX_ID, SANDBOX_SECRET,
PEER_CALLS, PEER_CONCURRENCY and, for Daraja, CHECKOUT; for MoMo,
SANDBOX_COLLECTION_KEY, MOMO_USER and MOMO_KEY.
"""

import asyncio
import os
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

BASE = os.environ["SANDBOX_URL"] + "/"
CLIENT_ID = os.environ["SANDBOX_ID"]
CLIENT_SECRET = os.environ["SANDBOX_SECRET"]
CALLS = int(os.environ.get("PEER_CALLS", "500"))
CONCURRENCY = int(os.environ.get("PEER_CONCURRENCY", "64"))


def banks_listed(banks):
    """Whether the answer is the sandbox's bank list."""
    return "MF1-0001" in [bank.get("slug") for bank in banks.get("banks", [])]


def paid(answer):
    """Whether the answer is a query saying paid (a dict, or mpesakit's model)."""
    code = answer.get("ResultCode") if isinstance(answer, dict) else getattr(answer, "ResultCode", None)
    return str(code) == "0"


# What a good answer of the API's measured call looks like.
GOOD = banks_listed


def checked(answer):
    """The answer, or the script stops: a figure of failed calls means nothing."""
    if not GOOD(answer):
        sys.exit(f"FAILED: not the expected answer: {answer}")
    return answer


def sequential(name, call):
    latencies = []
    started = time.perf_counter()
    for _ in range(CALLS):
        begun = time.perf_counter()
        checked(call())
        latencies.append(time.perf_counter() - begun)
    rate = CALLS / (time.perf_counter() - started)
    print(f"{name} sequential {rate:.0f} {statistics.median(latencies) * 1e6:.0f}", flush=True)


def report_in_flight(name, elapsed):
    print(f"{name} in-flight-{CONCURRENCY} {CALLS / elapsed:.0f} -", flush=True)


def on_threads(name, call):
    """`CALLS` calls of a synchronous client, `CONCURRENCY` threads at a time."""
    with ThreadPoolExecutor(CONCURRENCY) as pool:
        started = time.perf_counter()
        list(pool.map(lambda _: checked(call()), range(CALLS)))
        report_in_flight(name, time.perf_counter() - started)


def ihela_sdk():
    """Both of ihela-sdk's merchant clients: the synchronous one (in
    flight on threads) and the asyncio one (a new httpx client per call, as
    it is written)."""
    from ihela_sdk import AsyncMerchantClient, MerchantClient

    name = "ihela-sdk-0.4.0"
    client = MerchantClient(CLIENT_ID, CLIENT_SECRET, ihela_url=BASE)
    checked(client.get_bank_list())
    sequential(name, client.get_bank_list)
    on_threads(name, client.get_bank_list)

    async def asynchronous():
        client = AsyncMerchantClient(CLIENT_ID, CLIENT_SECRET, ihela_url=BASE)
        await client.authenticate()
        latencies = []
        started = time.perf_counter()
        for _ in range(CALLS):
            begun = time.perf_counter()
            checked(await client.get_bank_list())
            latencies.append(time.perf_counter() - begun)
        rate = CALLS / (time.perf_counter() - started)
        name = "ihela-sdk-0.4.0-async"
        print(f"{name} sequential {rate:.0f} {statistics.median(latencies) * 1e6:.0f}", flush=True)
        slots = asyncio.Semaphore(CONCURRENCY)

        async def one():
            async with slots:
                checked(await client.get_bank_list())

        started = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(CALLS)))
        report_in_flight(name, time.perf_counter() - started)

    asyncio.run(asynchronous())


def ihela_python_client():
    from ihela_client import MerchantClient

    name = "ihela-python-client-0.0.5"
    client = MerchantClient(CLIENT_ID, CLIENT_SECRET, ihela_url=BASE)
    checked(client.get_bank_list())
    sequential(name, client.get_bank_list)
    on_threads(name, client.get_bank_list)


PAYBILL = "174379"
PASSKEY = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919"


def tekmpesa():
    """The seed's SDK: a new token, and so a new connection pair, per call."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "interop" / "daraja"))
    import tekmpesa as loader

    api = loader.kenya().API(env="sandbox", app_key=CLIENT_ID, app_secret=CLIENT_SECRET)
    api.sandbox_url = os.environ["SANDBOX_URL"]
    name = "tekmpesa-1.0.2"

    def query():
        return api.lnmo_status(business_shortcode=PAYBILL, checkout_request_id=os.environ["CHECKOUT"], passcode=PASSKEY)

    sequential(name, query)
    with ThreadPoolExecutor(CONCURRENCY) as pool:
        started = time.perf_counter()
        answers = list(pool.map(lambda _: query(), range(CALLS)))
        elapsed = time.perf_counter() - started
    good = sum(1 for answer in answers if paid(answer))
    print(f"{name} in-flight-{CONCURRENCY} {good / elapsed:.0f} - {good}/{CALLS}", flush=True)


def mpesakit():
    """A maintained SDK, with its session (its token kept until it expires)."""
    from mpesakit import MpesaClient

    client = MpesaClient(consumer_key=CLIENT_ID, consumer_secret=CLIENT_SECRET, environment="sandbox", use_session=True)
    client.http_client.base_url = os.environ["SANDBOX_URL"]
    name = "mpesakit-2.2.0"

    def query():
        # Its documented call: it makes the password and timestamp itself.
        return client.stk_query(
            business_short_code=int(PAYBILL), checkout_request_id=os.environ["CHECKOUT"], passkey=PASSKEY,
        )

    checked(query())
    sequential(name, query)
    on_threads(name, query)


def mobilemoney():
    """The seed's MoMo SDK: its documented collection balance call."""
    from mobilemoney import Client
    from mobilemoney.request.route import Route

    Route.BASE["sandbox"] = os.environ["SANDBOX_URL"]
    name = "mobilemoney-py-0.1.2"

    async def measure():
        client = Client()
        client.is_sandbox()
        collection = client.collection(os.environ["SANDBOX_COLLECTION_KEY"])
        ok, token = await collection.create_access_token(
            client.basic_token(os.environ["MOMO_USER"], os.environ["MOMO_KEY"]))
        bearer = client.bearer_token(token["access_token"])

        async def balance():
            ok, answer = await collection.get_account_balance(bearer, "sandbox")
            return answer

        latencies = []
        started = time.perf_counter()
        for _ in range(CALLS):
            begun = time.perf_counter()
            checked(await balance())
            latencies.append(time.perf_counter() - begun)
        rate = CALLS / (time.perf_counter() - started)
        print(f"{name} sequential {rate:.0f} {statistics.median(latencies) * 1e6:.0f}", file=sys.__stdout__, flush=True)
        slots = asyncio.Semaphore(CONCURRENCY)

        async def one():
            async with slots:
                try:
                    return GOOD(await balance())
                except Exception:  # its shared session closed by another call
                    return False

        started = time.perf_counter()
        good = sum(await asyncio.gather(*(one() for _ in range(CALLS))))
        elapsed = time.perf_counter() - started
        print(f"{name} in-flight-{CONCURRENCY} {good / elapsed:.0f} - {good}/{CALLS}", file=sys.__stdout__, flush=True)

    # The SDK prints every failure it swallows ("Something wrong when
    # sending request to mtn"): kept off the figures' lines.
    import contextlib

    with contextlib.redirect_stdout(sys.stderr):
        asyncio.run(measure())


if __name__ == "__main__":
    if sys.argv[1:] == ["momo"]:
        GOOD = lambda answer: isinstance(answer, dict) and answer.get("currency") == "EUR"  # noqa: E731
        mobilemoney()
    elif sys.argv[1:] == ["daraja"]:
        GOOD = paid
        tekmpesa()
        mpesakit()
    else:
        ihela_sdk()
        ihela_python_client()
