#!/usr/bin/env python3
"""A recording SMTP server for Quads's tests, on 127.0.0.1 only.

Every message it accepts is written to --maildir twice, each file appearing
whole (written aside, then renamed):

  <n>.eml   the message as received, preceded by X-Envelope-From and
            X-Envelope-To headers carrying the SMTP envelope;
  <n>.json  the same, parsed: envelope_from, envelope_to, message_id,
            subject, from, to, text, html and attachments (filename,
            content_type, content_base64).

Options let a test refuse recipients (--reject-pattern, replying 550), slow
every DATA reply (--delay-ms), offer STARTTLS (--tls-cert, --tls-key) and
require AUTH (--auth-user, --auth-password; only after STARTTLS when TLS is
on). It prints "ready <port>" once it accepts connections and stops on
SIGTERM or SIGINT; a test may also SIGKILL it.

    python3 tests/smtp/server.py --port 2525 --maildir var/test-mail
"""

import argparse
import asyncio
import base64
import email
import email.policy
import itertools
import json
import logging
import os
import re
import signal
import ssl
import sys
import threading
import time
import warnings

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Recorder:
    def __init__(self, maildir, reject, delay):
        self.maildir = maildir
        self.reject = reject
        self.delay = delay
        self.counter = itertools.count()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.reject is not None and self.reject.search(address):
            return "550 5.1.1 <%s>: recipient rejected by the test server" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)
        raw = envelope.original_content or envelope.content
        if isinstance(raw, str):
            raw = raw.encode("utf-8")
        name = "%020d-%06d" % (time.time_ns(), next(self.counter))
        envelope_lines = (
            "X-Envelope-From: %s\r\nX-Envelope-To: %s\r\n"
            % (envelope.mail_from, ", ".join(envelope.rcpt_tos))
        ).encode("utf-8")
        self._write(name + ".eml", envelope_lines + raw)
        summary = summarise(raw)
        summary["envelope_from"] = envelope.mail_from
        summary["envelope_to"] = list(envelope.rcpt_tos)
        self._write(name + ".json", json.dumps(summary, indent=1).encode("utf-8"))
        return "250 2.0.0 Message accepted for delivery"

    def _write(self, name, data):
        partial = os.path.join(self.maildir, "." + name + ".part")
        with open(partial, "wb") as f:
            f.write(data)
        os.replace(partial, os.path.join(self.maildir, name))


def summarise(raw):
    message = email.message_from_bytes(raw, policy=email.policy.default)
    text = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    attachments = []
    for part in message.iter_attachments():
        if part.get_content_disposition() != "attachment":
            continue
        attachments.append(
            {
                "filename": part.get_filename(),
                "content_type": part.get_content_type(),
                "content_base64": base64.b64encode(
                    part.get_payload(decode=True) or b""
                ).decode("ascii"),
            }
        )
    return {
        "message_id": str(message.get("Message-ID", "")),
        "subject": str(message.get("Subject", "")),
        "from": str(message.get("From", "")),
        "to": str(message.get("To", "")),
        "text": text.get_content() if text is not None else None,
        "html": html.get_content() if html is not None else None,
        "attachments": attachments,
    }


def authenticator(user, password):
    def check(server, session, envelope, mechanism, auth_data):
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == user.encode("utf-8")
            and auth_data.password == password.encode("utf-8")
        )
        return AuthResult(success=ok, handled=False)

    return check


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--maildir", required=True)
    parser.add_argument("--tls-cert", help="PEM certificate: offer STARTTLS and require it")
    parser.add_argument("--tls-key", help="PEM private key for --tls-cert")
    parser.add_argument("--auth-user", help="require AUTH with this user")
    parser.add_argument("--auth-password", default="")
    parser.add_argument("--reject-pattern", help="reply 550 to recipients matching this regex")
    parser.add_argument("--delay-ms", type=int, default=0, help="wait before each DATA reply")
    parser.add_argument("--verbose", action="store_true", help="log sessions and their errors")
    args = parser.parse_args()
    if not args.verbose:
        # Tests provoke failed handshakes on purpose; keep their output quiet.
        logging.getLogger("mail.log").setLevel(logging.CRITICAL)
        warnings.filterwarnings("ignore", message="Session.login_data")
    if bool(args.tls_cert) != bool(args.tls_key):
        parser.error("--tls-cert and --tls-key go together")

    os.makedirs(args.maildir, exist_ok=True)
    handler = Recorder(
        args.maildir,
        re.compile(args.reject_pattern) if args.reject_pattern else None,
        args.delay_ms / 1000.0,
    )
    options = {}
    if args.tls_cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.tls_cert, args.tls_key)
        options.update(tls_context=context, require_starttls=True)
    if args.auth_user:
        options.update(
            authenticator=authenticator(args.auth_user, args.auth_password),
            auth_required=True,
            auth_require_tls=bool(args.tls_cert),
        )
    controller = Controller(handler, hostname="127.0.0.1", port=args.port, **options)
    controller.start()
    print("ready %d" % args.port, flush=True)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
