import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { NotAnMboxError, readMbox, splitMbox } from '../../src/lib/mbox.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/mbox', name));
const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('splitMbox', () => {
  it('splits at From lines that start the file or follow a blank line', () => {
    const mbox =
      'From a@b Thu Jan  1 00:00:00 1970\nSubject: one\n\nbody\nFrom here on, text\n\nFrom a@b Thu Jan  1 00:00:00 1970\nSubject: two\n\nbody two\n';
    const messages = splitMbox(bytes(mbox)).map((m) => m.toString());
    expect(messages).toEqual(['Subject: one\n\nbody\nFrom here on, text\n', 'Subject: two\n\nbody two\n']);
  });

  it('unescapes >From lines by one >', () => {
    const mbox = 'From a@b Thu Jan  1 00:00:00 1970\nSubject: x\n\n>From the start\n>>From quoted\n> From a quote\n';
    expect(splitMbox(bytes(mbox))[0].toString()).toBe('Subject: x\n\nFrom the start\n>From quoted\n> From a quote\n');
  });

  it('reads gzipped mailboxes', () => {
    const mbox = 'From a@b Thu Jan  1 00:00:00 1970\r\nSubject: x\r\n\r\nbody\r\n';
    expect(splitMbox(gzipSync(bytes(mbox)))).toHaveLength(1);
  });

  it('refuses a file that is not an mbox, saying what was expected', () => {
    expect(() => splitMbox(fixture('not-an-mbox.txt'))).toThrow(NotAnMboxError);
    expect(() => splitMbox(fixture('not-an-mbox.txt'))).toThrow('not an mbox: expected the first line to be a "From');
    expect(() => splitMbox(bytes(''))).toThrow(NotAnMboxError);
  });
});

describe('readMbox', () => {
  it('reads every message of a thread with decoded headers', async () => {
    const messages = await readMbox(fixture('week.mbox'));
    expect(messages).toHaveLength(14);
    const [cover, first] = messages;
    expect(cover).toMatchObject({
      messageId: 'cover-lazy-reclaim.zh@example.org',
      subject: '[PATCH 0/3] mm: reclaim clean file pages lazily',
      // RFC 2047: =?UTF-8?Q?Zo=C3=AB_Hartwell?=
      fromName: 'Zoë Hartwell',
      fromAddress: 'zoe.hartwell@example.org',
      replyTo: [],
    });
    expect(cover.date?.toISOString()).toBe('2009-06-15T09:12:00.000Z');
    expect(cover.text).toContain('\nFrom the numbers below');
    expect(first.replyTo).toEqual(['cover-lazy-reclaim.zh@example.org']);
  });

  it('reads a gzipped mbox of one message', async () => {
    const [message] = await readMbox(fixture('single.mbox.gz'));
    expect(message).toMatchObject({ fromName: 'Ilse Dunmore', messageId: 'x86-df-v3.id@example.org' });
    expect(message.text).toContain('diff --git a/arch/x86/kernel/signal_32.c');
  });
});
