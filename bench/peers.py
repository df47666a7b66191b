"""The official iHela Python clients, unchanged, listing the banks of one
sandbox process: one call at a time, and many in flight (the synchronous
clients on as many threads, ihela-sdk's AsyncMerchantClient with asyncio). Prints one line per figure, as
`target/release/against` does for ihela: `<client> <mode> <calls/s> <p50 µs>`.

Run by peers.sh, which sets SANDBOX_URL, SANDBOX_ID, SANDBOX_SECRET,
PEER_CALLS and PEER_CONCURRENCY.
"""

import asyncio
import os
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor

BASE = os.environ["SANDBOX_URL"] + "/"
CLIENT_ID = os.environ["SANDBOX_ID"]
CLIENT_SECRET = os.environ["SANDBOX_SECRET"]
CALLS = int(os.environ.get("PEER_CALLS", "500"))
CONCURRENCY = int(os.environ.get("PEER_CONCURRENCY", "64"))


def checked(banks):
    """The answer, or the script stops: a figure of failed calls means nothing."""
    if "MF1-0001" not in [bank.get("slug") for bank in banks.get("banks", [])]:
        sys.exit(f"FAILED: not a bank list: {banks}")
    return banks


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


if __name__ == "__main__":
    ihela_sdk()
    ihela_python_client()
