"""The documented flows of the official iHela Python clients, unchanged,
against the sandbox: banks, customer lookup, bill init, payment (sandbox
control), bill verify, cash-in; and ihela-sdk's "log in with iHela" flow
through the sandbox's consent page. Every call must succeed, and the
sandbox's state must show what was asked.

Run by run.sh, which sets SANDBOX_URL, SANDBOX_ID and SANDBOX_SECRET.
"""

import html
import os
import re
import sys
import urllib.parse
import uuid

import requests

BASE = os.environ["SANDBOX_URL"]
CLIENT_ID = os.environ["SANDBOX_ID"]
CLIENT_SECRET = os.environ["SANDBOX_SECRET"]

calls = 0


def check(what, condition, answer):
    """Counts a call and stops the script with the answer when it failed."""
    global calls
    calls += 1
    if not condition:
        sys.exit(f"FAILED: {what}: {answer}")
    print(f"  ok  {what}")


def pay(bill_code):
    """The customer pays, by the sandbox's control."""
    answer = requests.post(f"{BASE}/_sandbox/bills/{bill_code}/pay", timeout=10)
    answer.raise_for_status()
    return answer.json()


def state():
    return requests.get(f"{BASE}/_sandbox/state", timeout=10).json()


def reference(prefix):
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def python_client_0_0_5():
    """The README flow of ihela-python-client 0.0.5 (form bodies, Basic token)."""
    from ihela_client import MerchantClient

    print("ihela-python-client 0.0.5")
    cl = MerchantClient(CLIENT_ID, CLIENT_SECRET, ihela_url=BASE + "/")
    check("authenticate (constructor)", cl.is_authenticated(), cl.auth_token_object)

    banks = cl.get_bank_list()
    slugs = [bank["slug"] for bank in banks.get("banks", [])]
    check("get_bank_list", banks["response_status"] == 200 and "MOB-0006" in slugs, banks)

    customer = cl.customer_lookup("MF1-0001", "76000111")
    check("customer_lookup 76000111", customer.get("name") == "Bigirimana Fabrice", customer)
    readme_customer = cl.customer_lookup("MF1-0001", "000016-01")
    check("customer_lookup 000016-01 (README)", readme_customer.get("account_number") == "000016-01", readme_customer)

    bill_reference = reference("py005")
    bill = cl.init_bill(2000, "clientmail@gmail.com", "My description", bill_reference)
    code = bill.get("bill", {}).get("code", "")
    check("init_bill", bill["response_status"] == 200 and code.startswith("BILL-"), bill)

    wallet_reference = reference("py005-wallet")
    wallet = cl.init_bill(2000, "79000003", "EcoCash order", wallet_reference, bank="MOB-0003")
    check("init_bill with bank MOB-0003", wallet["response_status"] == 200, wallet)

    pending = cl.verify_bill(bill["bill"]["merchant_reference"], code)
    check("verify_bill before payment", pending.get("bill", {}).get("status") == "Pending", pending)
    pay(code)
    paid = cl.verify_bill(bill["bill"]["merchant_reference"], code)
    check("verify_bill after payment", paid["bill"]["status"] == "Paid" and paid["bill"]["bank_reference"], paid)

    cash_in_reference = reference("py005-cashin")
    cash_in = cl.cashin_client("MF1-0001", "000016-01", 20000, cash_in_reference, "Cashin description")
    check("cashin_client", cash_in["response_status"] == 200 and cash_in.get("error") is False, cash_in)
    return {bill_reference, wallet_reference}, {cash_in_reference}


def sdk_0_4_0():
    """The merchant flow of ihela-sdk 0.4.0 (JSON bodies, envelopes, PIN)."""
    from ihela_sdk import MerchantClient

    print("ihela-sdk 0.4.0")
    cl = MerchantClient(CLIENT_ID, CLIENT_SECRET, ihela_url=BASE + "/")
    check("authenticate (constructor)", cl.is_authenticated(), cl.auth_token_object)

    for name, call in [
        ("get_bank_list", cl.get_bank_list),
        ("get_cashin_bank_list", cl.get_cashin_bank_list),
        ("get_cashout_bank_list", cl.get_cashout_bank_list),
    ]:
        banks = call()
        check(name, len(banks.get("banks", [])) == 4, banks)

    customer = cl.customer_lookup("MF1-0001", account_number="000001-01")
    check("customer_lookup account_number", customer.get("name") == "Bigirimana Fabrice", customer)

    bill_reference = reference("sdk040")
    bill = cl.init_bill(600, "000016-01", "Order 752001", bill_reference, bank="MF1-0001", pin_code="1234")
    data = bill.get("response_data", {})
    check("init_bill (bill-init)", bill.get("response_code") == "00" and data.get("bill_code"), bill)

    pay(data["bill_code"])
    checked = cl.verify_bill(data["bill_code"], bill_reference, "1234")
    status = checked.get("response_data", {}).get("status")
    check("verify_bill (bill-check) after payment", status == "Paid", checked)

    cash_in_reference = reference("sdk040-cashin")
    cash_in = cl.cashin_client("MOB-0003", "79000003", 5000, cash_in_reference, "Cashin description", pin_code="1234")
    check("cashin_client", cash_in.get("response_code") == "00", cash_in)
    cl.close()
    return {bill_reference}, {cash_in_reference}


def consent(url, customer):
    """The sandbox's consent page at `url`, submitted as a person would:
    its hidden inputs, the customer chosen, Approve. Where the browser goes."""
    page = requests.get(url, timeout=10)
    check("the consent page", page.status_code == 200 and "Approve" in page.text, page.status_code)
    inputs = re.findall(r'<input type="hidden" name="([a-z_]+)" value="([^"]*)">', page.text)
    form = {name: html.unescape(value) for name, value in inputs}
    form.update(customer=customer, decision="approve")
    action = re.search(r'<form method="post" action="([^"]+)">', page.text).group(1)
    back = requests.post(BASE + action, data=form, allow_redirects=False, timeout=10)
    return back.headers.get("Location", "")


def sdk_authorization_0_4_0():
    """The documented "log in with iHela" flow of ihela-sdk 0.4.0's
    MerchantAuthorizationClient: its authorization URL, the customer
    approving on the consent page, the code exchanged, the connected user,
    a bill for that customer and its status. No token is ever printed."""
    from ihela_sdk import MerchantAuthorizationClient

    print("ihela-sdk 0.4.0 MerchantAuthorizationClient")
    redirect_uri = "http://127.0.0.1:9/ihela/return"
    cl = MerchantAuthorizationClient(CLIENT_ID, CLIENT_SECRET, ihela_url=BASE + "/")
    url = cl.get_authorization_url(redirect_uri)
    check("get_authorization_url", f"state={cl.state}" in url and "response_type=code" in url, url)
    location = consent(url, "76000111")
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(location).query)
    check("approved: back with a code and the state", location.startswith(redirect_uri) and query.get("state") == [cl.state] and "code" in query, location)
    cl.authenticate(query["code"][0], redirect_uri)
    token_fields = sorted(cl.auth_token_object or {})
    check("authenticate (the code exchanged)", cl.is_authenticated() and "refresh_token" in token_fields, token_fields)
    user = cl.user_object or {}
    check("get_user_info: the signed-in customer", user.get("ihela_code") == "76000111", user)
    bill_reference = reference("sdk040-login")
    bill = cl.bill_init(1500, "Order for the signed-in customer", bill_reference, "http://127.0.0.1:9/paid/")
    data = bill.get("response_data", {})
    check("bill_init for the customer", bill.get("response_code") == "00" and data.get("bill_code"), bill)
    checked = cl.bill_verify(data["bill_code"], bill_reference)
    check("bill_verify for the customer", checked.get("response_data", {}).get("status") == "Pending", checked)
    return {bill_reference}


def main():
    bills_005, cash_ins_005 = python_client_0_0_5()
    bills_040, cash_ins_040 = sdk_0_4_0()
    bills_login = sdk_authorization_0_4_0()
    seen = state()
    bills = {bill["merchant_reference"]: bill for bill in seen["bills"]}
    cash_ins = {c["merchant_reference"]: c for c in seen["cash_ins"]}
    check("sandbox state: every bill asked", bills_005 | bills_040 <= bills.keys(), sorted(bills))
    check("sandbox state: the 0.0.5 bill is generation 1", all(bills[r]["generation"] == "gen1" for r in bills_005), bills)
    check("sandbox state: the 0.4.0 bill is generation 2", all(bills[r]["generation"] == "gen2" for r in bills_040), bills)
    check("sandbox state: the signed-in customer's bill is theirs", all(bills[r]["customer"] == "000001-01" for r in bills_login), bills)
    check("sandbox state: every cash-in accepted", all(cash_ins[r]["accepted"] for r in cash_ins_005 | cash_ins_040), cash_ins)
    print(f"interop: {calls} checks passed, 0 failed")


if __name__ == "__main__":
    main()
