// A minimal SMTP server that writes each message it receives to DIR as an
// .eml file: the fallback the harness uses when tests/smtp/server.py (the
// shared test SMTP server) is not there. No TLS, no authentication.
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export function startSmtpSink({ port, maildir, host = '127.0.0.1' }) {
  let count = 0;
  const server = createServer((socket) => {
    socket.setEncoding('latin1');
    let buffer = '';
    let inData = false;
    let data = [];
    let recipients = [];
    let from = '';
    const reply = (line) => socket.write(`${line}\r\n`);
    reply('220 quads-test-smtp ready');
    socket.on('data', (chunk) => {
      buffer += chunk;
      let i;
      while ((i = buffer.indexOf('\r\n')) !== -1) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            count += 1;
            const name = `${Date.now()}-${String(count).padStart(4, '0')}.eml`;
            const header = `X-Test-Envelope-From: ${from}\r\nX-Test-Envelope-To: ${recipients.join(', ')}\r\n`;
            writeFileSync(join(maildir, name), header + data.join('\r\n') + '\r\n', 'latin1');
            data = [];
            recipients = [];
            reply('250 OK: queued');
          } else {
            data.push(line.startsWith('..') ? line.slice(1) : line);
          }
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') {
          socket.write('250-quads-test-smtp\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n');
        } else if (verb === 'HELO') reply('250 quads-test-smtp');
        else if (verb === 'MAIL') {
          from = line.replace(/^MAIL FROM:\s*/i, '');
          reply('250 OK');
        } else if (verb === 'RCPT') {
          recipients.push(line.replace(/^RCPT TO:\s*/i, ''));
          reply('250 OK');
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 End data with <CR><LF>.<CR><LF>');
        } else if (verb === 'RSET') {
          data = [];
          recipients = [];
          reply('250 OK');
        } else if (verb === 'NOOP') reply('250 OK');
        else if (verb === 'QUIT') {
          reply('221 Bye');
          socket.end();
        } else reply('502 Command not implemented');
      }
    });
    socket.on('error', () => {});
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve({ close: () => new Promise((r) => server.close(() => r())) }));
  });
}
