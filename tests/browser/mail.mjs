// Reading the .eml files the test SMTP server writes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

function decodeQuotedPrintable(text) {
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-Fa-f]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** Every readable text of a message: headers, and each part decoded (quoted-printable or base64). */
export function messageText(raw) {
  const texts = [raw, decodeQuotedPrintable(raw)];
  const base64Part = /Content-Transfer-Encoding:\s*base64\s*\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/gi;
  for (const m of raw.matchAll(base64Part)) {
    texts.push(Buffer.from(m[1].replace(/\s+/g, ''), 'base64').toString('utf8'));
  }
  return texts.join('\n');
}

export function listMessages(maildir) {
  return readdirSync(maildir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(maildir, f), 'latin1');
      return { file: f, raw, text: messageText(raw) };
    });
}

/** Waits for a message to `to` (and containing `contains`) that was not in `ignore`. */
export async function waitForMail(maildir, { to, contains, ignore = new Set(), timeoutMs = 30_000 }) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = listMessages(maildir).find(
      (m) => !ignore.has(m.file) && m.text.toLowerCase().includes(to.toLowerCase()) && (!contains || contains.test(m.text)),
    );
    if (found) return found;
    await sleep(250);
  }
  throw new Error(`No email to ${to} arrived within ${timeoutMs} ms in ${maildir}`);
}

/** The first link in a message whose path matches, e.g. /\/invitation\/[^\s"'<>]+/. */
export function findLink(message, pathPattern) {
  const urls = message.text.match(/https?:\/\/[^\s"'<>)\]]+/g) ?? [];
  const url = urls.find((u) => pathPattern.test(new URL(u).pathname));
  if (!url) throw new Error(`No link matching ${pathPattern} in ${message.file}:\n${message.text.slice(0, 2000)}`);
  return url;
}
