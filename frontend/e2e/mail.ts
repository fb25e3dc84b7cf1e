// The mails the backend sent, read from the local mail server (GreenMail) that scripts/e2e.mjs starts: its REST API
// (E2E_MAIL_API_URL) lists the mails to an address, their subjects decoded, and each whole mail as sent.

export const MAIL_API = (process.env.E2E_MAIL_API_URL ?? 'http://127.0.0.1:28025').replace(/\/$/, '');

export interface ReceivedMail {
  subject: string;
  messageId?: string;
  /** The whole mail as received (headers and MIME parts, encoded as sent). */
  mimeMessage: string;
}

interface ApiMessage {
  subject?: string;
  'Message-ID'?: string | null;
  messageId?: string | null;
  mimeMessage: string;
}

/** Every mail to the address so far (none before its first mail: the server makes a mailbox for it then). */
export async function mailsTo(address: string): Promise<ReceivedMail[]> {
  const response = await fetch(`${MAIL_API}/api/user/${encodeURIComponent(address)}/messages/`);
  if (!response.ok) return [];
  const messages = (await response.json()) as ApiMessage[];
  return messages.map((m) => ({
    subject: m.subject ?? '',
    messageId: m['Message-ID'] ?? m.messageId ?? undefined,
    mimeMessage: m.mimeMessage,
  }));
}

/**
 * Waits until a mail to `address` whose subject contains `subjectContains` has arrived (the backend sends every
 * second), and returns it; fails after `timeoutMs`.
 */
export async function waitForMail(address: string, subjectContains: string, timeoutMs = 20_000): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  let seen: string[] = [];
  while (Date.now() < deadline) {
    const mails = await mailsTo(address);
    const found = mails.find((m) => m.subject.includes(subjectContains));
    if (found) return found;
    seen = mails.map((m) => m.subject);
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no mail to ${address} with "${subjectContains}" in its subject within ${timeoutMs} ms at ${MAIL_API}; `
    + `subjects seen: ${JSON.stringify(seen)}`);
}

/**
 * The mail's text part, decoded: quoted-printable (soft line breaks, =XX bytes as UTF-8) or base64, as the mailer
 * chose; '' when it has none.
 */
export function mailText(mail: ReceivedMail): string {
  const raw = mail.mimeMessage.replace(/\r\n/g, '\n');
  const start = raw.search(/^Content-Type: text\/plain/im);
  if (start < 0) return '';
  const part = raw.slice(start);
  const headerEnd = part.indexOf('\n\n');
  const headers = part.slice(0, headerEnd);
  // The part ends at the multipart's next boundary line (a text line may itself begin with "--").
  const boundary = /boundary="?([^";\n]+)"?/i.exec(raw)?.[1];
  const end = boundary ? part.indexOf(`\n--${boundary}`, headerEnd) : -1;
  const body = part.slice(headerEnd + 2, end < 0 ? undefined : end);
  if (/Content-Transfer-Encoding:\s*base64/i.test(headers)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/Content-Transfer-Encoding:\s*quoted-printable/i.test(headers)) {
    const joined = body.replace(/=\n/g, '');
    const bytes: number[] = [];
    for (let i = 0; i < joined.length; i++) {
      if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
        bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
        i += 2;
      } else bytes.push(...Buffer.from(joined[i], 'utf8'));
    }
    return Buffer.from(bytes).toString('utf8');
  }
  return body;
}
