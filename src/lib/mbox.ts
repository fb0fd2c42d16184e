import { gunzipSync } from 'node:zlib';
import { simpleParser, type AddressObject } from 'mailparser';

/** One mail of a mailbox, as the patch import needs it: headers decoded (RFC 2047), text body. */
export interface MailMessage {
  /** Without the angle brackets; undefined when the message has none. */
  messageId?: string;
  subject: string;
  /** The sender's display name, decoded; empty when the From: header has only an address. */
  fromName: string;
  fromAddress: string;
  date?: Date;
  /** Message ids this one answers (In-Reply-To and References), without angle brackets. */
  replyTo: string[];
  text: string;
}

/** Thrown for input that is not a mailbox, with a message for the editor. */
export class NotAnMboxError extends Error {}

const GZIP_MAGIC = [0x1f, 0x8b];
/** The separator line of an mbox: `From <sender> <date>` (a bare `From ` line in a body is escaped `>From `). */
const SEPARATOR = /^From \S+ +\S/;

/**
 * Splits an mbox (mboxrd or mboxo, as public-inbox, mail clients and `git format-patch` write them; gzipped
 * or not) into the raw bytes of each message. A separator is a `From ` line at the start or after a blank
 * line; `>From ` lines (any number of `>`) lose one `>`, as mboxrd escapes them. Bytes pass through as
 * latin1, so bodies in any charset reach the mail parser intact.
 */
export function splitMbox(bytes: Uint8Array): Buffer[] {
  const raw = GZIP_MAGIC.every((b, i) => bytes[i] === b) ? gunzipSync(bytes) : Buffer.from(bytes);
  const lines = raw.toString('latin1').split('\n');
  if (!SEPARATOR.test(lines[0] ?? ''))
    throw new NotAnMboxError(
      'not an mbox: expected the first line to be a "From <sender> <date>" separator (save the thread as an mbox, or use the mbox.gz of its public-inbox archive)',
    );
  const messages: string[][] = [];
  lines.forEach((line, index) => {
    const bare = line.replace(/\r$/, '');
    if (SEPARATOR.test(bare) && (index === 0 || lines[index - 1].replace(/\r$/, '') === '')) messages.push([]);
    else messages.at(-1)!.push(/^>+From /.test(bare) ? line.slice(1) : line);
  });
  return messages.map((message) => {
    // The blank line before the next separator belongs to the mbox, not to the message.
    while (message.length > 0 && message.at(-1)!.replace(/\r$/, '') === '') message.pop();
    return Buffer.from(`${message.join('\n')}\n`, 'latin1');
  });
}

/** Reads every message of an mbox with mailparser (headers, RFC 2047 names, transfer encodings, charsets). */
export async function readMbox(bytes: Uint8Array): Promise<MailMessage[]> {
  const messages: MailMessage[] = [];
  for (const raw of splitMbox(bytes)) {
    const mail = await simpleParser(raw, { skipHtmlToText: true, skipImageLinks: true, skipTextLinks: true });
    const from = firstAddress(mail.from);
    messages.push({
      messageId: mail.messageId ? unbracket(mail.messageId) : undefined,
      subject: mail.subject ?? '',
      fromName: from?.name ?? '',
      fromAddress: from?.address ?? '',
      date: mail.date,
      replyTo: [
        ...new Set(
          [mail.inReplyTo ?? [], mail.references ?? []]
            .flat()
            .flatMap((ids) => ids.split(/\s+/))
            .filter(Boolean)
            .map(unbracket),
        ),
      ],
      text: mail.text ?? '',
    });
  }
  return messages;
}

function firstAddress(from: AddressObject | undefined): { name: string; address?: string } | undefined {
  return from?.value[0];
}

const unbracket = (id: string) => id.trim().replace(/^<|>$/g, '');
