/**
 * A real SMTP server in the test process (smtp-server), with the mails that arrive parsed by
 * mailparser: what a mail client would see. `refuse` makes it answer 451 to every message.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

export interface Inbox {
  url: string;
  port: number;
  mails: ParsedMail[];
  /** Answer 451 (try again later) to every message while true. */
  refuse: boolean;
  /** Resolves with the first mail matching `match` (waiting for it up to `timeoutMs`). */
  waitFor(match: (m: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>;
  to(address: string): ParsedMail[];
  close(): Promise<void>;
}

export const recipientOf = (m: ParsedMail): string => {
  const to = Array.isArray(m.to) ? m.to[0] : m.to;
  return to?.value[0]?.address ?? "";
};

export async function startInbox(port = 0): Promise<Inbox> {
  const inbox: Inbox = {
    url: "",
    port: 0,
    mails: [],
    refuse: false,
    async waitFor(match, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = inbox.mails.find(match);
        if (found) return found;
        if (Date.now() > deadline)
          throw new Error(`no such mail in ${timeoutMs} ms (${inbox.mails.length} arrived)`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    to: (address) => inbox.mails.filter((m) => recipientOf(m).toLowerCase() === address.toLowerCase()),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      if (inbox.refuse) {
        stream.resume();
        stream.on("end", () => callback(Object.assign(new Error("try again later"), { responseCode: 451 })));
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          inbox.mails.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", () => resolve()));
  inbox.port = (
    (server as unknown as { server: { address(): AddressInfo } }).server.address() as AddressInfo
  ).port;
  inbox.url = `smtp://127.0.0.1:${inbox.port}`;
  return inbox;
}
