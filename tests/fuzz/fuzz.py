"""Fuzzes a running Quads server's GraphQL API with schemathesis.

Reads the committed schema.graphql (production hides introspection) and,
signed in as each demo role in turn and then anonymously, sends generated
queries and mutations for every field, plus a few hostile requests (deep
nesting, NUL bytes, huge numbers, long strings). Fails unless:

- no answer is an HTTP 5xx and no error has extensions.code INTERNAL;
- each role got enough answers without any error, and is still
  signed in as itself at the end of its turn (a fuzzer that signed itself
  out cannot pass);
- the server still answers at the end.

Usage: fuzz.py BASE_URL SCHEMA_PATH [EXAMPLES_PER_FIELD]
"""

import json
import sys
import time
from datetime import date

import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis.graphql import nodes

# The schema's own scalars: mostly well-formed months (so that fields
# taking one are exercised past parsing), sometimes any short text (which
# must be refused as VALIDATION, never INTERNAL).
_VALID_MONTH = st.from_regex(r"\A(19|20)\d\d-(0[1-9]|1[0-2])\Z").map(nodes.String)
schemathesis.graphql.scalar(
    "Month", st.one_of(_VALID_MONTH, _VALID_MONTH, st.text(max_size=12).map(nodes.String))
)

# Dates (visit days, blackout dates): mostly real calendar dates in the
# programme's years, sometimes any short text (refused as VALIDATION).
_VALID_DATE = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)).map(
    lambda d: nodes.String(d.isoformat())
)
schemathesis.graphql.scalar(
    "NaiveDate", st.one_of(_VALID_DATE, _VALID_DATE, st.text(max_size=12).map(nodes.String))
)

PASSWORD = "demo-password-2026"
ROLES = [
    ("admin", "admin@demo.quads.scot"),
    ("officer", "officer@demo.quads.scot"),
    ("lead", "lead@demo.quads.scot"),
    ("qio", "qio@demo.quads.scot"),
    ("reviewer", "reviewer@demo.quads.scot"),
    ("anonymous", None),
]
# Calls that would end the fuzzer's own session, or (signIn, while signed
# in) replace it; signIn is fuzzed in the anonymous turn, last, so its
# failures cannot throttle the sign-ins of the other turns.
NEVER = {"signOut", "changePassword"}
SIGNED_IN_ONLY_SKIP = {"signIn"}
ON_SELF = {"deactivateUser", "setUserRoles"}
# Answers without errors each role must get, per example per field.
MIN_CLEAN_PER_EXAMPLE = 4

SIGN_IN = "mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id email } }"
ME = "{ me { id email } }"


def field_name(operation):
    return operation.label.split(".", 1)[-1]


def hostile_bodies():
    deep_list = "[" * 3000 + "]" * 3000
    deep_object = "{a: " * 2000 + "1" + "}" * 2000
    yield {"query": "{ authorities(lgbfFamilyGroup: %s) { name } }" % deep_list}
    yield {"query": "{ framework(id: %s) { name } }" % deep_object}
    yield {
        "query": "query($v: Int) { authorities(lgbfFamilyGroup: $v) { name } }",
        "variables": {"v": json.loads("[" * 100 + "]" * 100)},
    }
    yield {"query": "{ framework(id: \"hgios4\\u0000\") { name } }"}
    yield {"query": "query($t: String) { reviews(filter: {theme: $t}) { total } }", "variables": {"t": "a\u0000b"}}
    yield {"query": "{ authorities(lgbfFamilyGroup: 99999999999999999999) { name } }"}
    yield {"query": "{ reviews(limit: 2147483647, offset: 2147483647) { total } }"}
    yield {"query": "{ reviews(limit: -1, offset: -5) { total } }"}
    yield {"query": "query($s: String) { users(search: $s) { total } }", "variables": {"s": "x" * 100_000}}
    yield {"query": "{ me { id } } " + "#" * 20_000}
    yield [{"query": "{ me { id } }"}] * 11
    yield {"query": "{ " + " ".join(f"a{i}: reviews(limit: 200) {{ items {{ id theme }} }}" for i in range(15)) + " }"}


class Turn:
    def __init__(self, base, role, email):
        self.base = base
        self.role = role
        self.email = email
        self.session = requests.Session()
        self.session.headers["content-type"] = "application/json"
        self.user_id = None
        self.sent = 0
        self.clean = 0
        self.failures = []

    def post(self, body):
        return self.session.post(self.base + "/graphql", data=json.dumps(body), timeout=60)

    def no_answer(self, label, request_text, error):
        self.sent += 1
        self.failures.append(f"{label}: no answer ({error})\n  sent: {request_text[:500]}")

    def sign_in(self):
        if not self.email:
            return
        r = self.post({"query": SIGN_IN, "variables": {"e": self.email, "p": PASSWORD}})
        answer = r.json()
        if "errors" in answer:
            raise SystemExit(f"{self.role}: cannot sign in: {answer}")
        self.user_id = answer["data"]["signIn"]["id"]

    def judge(self, label, request_text, response):
        self.sent += 1
        if response.status_code >= 500:
            self.failures.append(f"{label}: HTTP {response.status_code}\n  sent: {request_text[:500]}\n  got: {response.text[:500]}")
            return
        try:
            answer = response.json()
        except ValueError:
            self.failures.append(f"{label}: not JSON ({response.status_code}): {response.text[:300]}")
            return
        answers = answer if isinstance(answer, list) else [answer]
        for one in answers:
            codes = [(e.get("extensions") or {}).get("code") for e in one.get("errors", [])]
            if "INTERNAL" in codes or None in codes:
                self.failures.append(f"{label}: error codes {codes}\n  sent: {request_text[:500]}\n  got: {json.dumps(one)[:500]}")
            elif not codes and response.status_code == 200:
                self.clean += 1

    def still_me(self):
        answer = self.post({"query": ME}).json()
        me = (answer.get("data") or {}).get("me")
        if self.email is None:
            return me is None
        return me is not None and me["email"] == self.email


def fuzz(base, schema_path, examples):
    schema = schemathesis.graphql.from_path(schema_path)
    operations = [result.ok() for result in schema.get_all_operations()]
    started = time.time()
    turns = []
    for role, email in ROLES:
        turn = Turn(base, role, email)
        turn.sign_in()
        for operation in operations:
            name = field_name(operation)
            if name in NEVER or (email and name in SIGNED_IN_ONLY_SKIP):
                continue

            @given(case=operation.as_strategy())
            @settings(
                max_examples=examples,
                deadline=None,
                database=None,
                derandomize=True,
                suppress_health_check=list(HealthCheck),
                phases=[Phase.generate],
            )
            def run(case):
                text = case.body if isinstance(case.body, str) else json.dumps(case.body)
                if name in ON_SELF and turn.user_id and turn.user_id in text:
                    return
                try:
                    response = case.call(base_url=base + "/graphql", session=turn.session)
                except requests.RequestException as e:
                    turn.no_answer(operation.label, text, e)
                    return
                turn.judge(operation.label, text, response)

            run()
        for body in hostile_bodies():
            text = json.dumps(body)[:300]
            try:
                turn.judge("hostile", text, turn.post(body))
            except requests.RequestException as e:
                turn.no_answer("hostile", text, e)
        if not turn.still_me():
            turn.failures.append(f"{role}: no longer signed in as {email} at the end of its turn")
        min_clean = MIN_CLEAN_PER_EXAMPLE * examples
        if turn.clean < min_clean:
            turn.failures.append(f"{role}: only {turn.clean} answers without errors (at least {min_clean} expected)")
        print(f"{role:10} {turn.sent:5} requests, {turn.clean:4} without errors, {len(turn.failures)} failures", flush=True)
        turns.append(turn)
    try:
        alive = requests.get(base + "/healthz", timeout=10).status_code == 200
    except requests.RequestException:
        alive = False
    failures = [f for t in turns for f in t.failures]
    print(f"{sum(t.sent for t in turns)} requests in {time.time() - started:.0f} s; server alive: {alive}")
    for failure in failures[:40]:
        print("FAIL", failure)
    if failures or not alive:
        raise SystemExit(1)


if __name__ == "__main__":
    fuzz(sys.argv[1].rstrip("/"), sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 10)
