import { ParsedMail, simpleParser } from 'mailparser';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface Received {
  to: string;
  messageId: string;
  subject: string;
  text: string;
  html: string;
  language: string | undefined;
  listUnsubscribe: string | undefined;
  parsed: ParsedMail;
}

/** A real SMTP server on loopback; what it accepts is parsed with mailparser. */
export class MailServer {
  readonly received: Received[] = [];
  /** Answer 451 to this many MAIL FROM commands (a relay that is down for a while). */
  refuseNext = 0;
  refused = 0;
  /** Addresses answered 550 at RCPT TO. */
  readonly unknownAddresses = new Set<string>();
  /** Take the next message in, then never answer (the sender never hears the 250): what a crash after sending looks like. */
  holdNextAfterAccepting = false;
  /** When this many messages have been accepted, the next one is taken in but never answered until its sender goes away. */
  holdWhenReceived: number | null = null;
  /** True while such a message is held. */
  holding = false;
  /** Milliseconds to wait before accepting each message. */
  delayMs = 0;
  private server!: SMTPServer;
  /** Sessions whose client went away: what they were sending is not accepted (no 250 was given). */
  private readonly closed = new Set<string>();
  port = 0;

  /** With credentials, the server refuses mail from a client that has not authenticated with them. */
  constructor(private readonly credentials?: { user: string; pass: string }) {}

  async start(): Promise<void> {
    const credentials = this.credentials;
    this.server = new SMTPServer({
      authOptional: !credentials,
      allowInsecureAuth: true,
      disabledCommands: credentials ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
      onAuth: (auth, _session, callback) => {
        if (credentials && auth.username === credentials.user && auth.password === credentials.pass) return callback(null, { user: auth.username });
        callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
      },
      logger: false,
      closeTimeout: 1000,
      onClose: (session) => this.closed.add(session.id),
      onMailFrom: (_address, _session, callback) => {
        if (this.refuseNext > 0) {
          this.refuseNext--;
          this.refused++;
          return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
        }
        callback();
      },
      onRcptTo: (address, _session, callback) => {
        if (this.unknownAddresses.has(address.address)) return callback(Object.assign(new Error('No such user here'), { responseCode: 550 }));
        callback();
      },
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then(async (parsed) => {
            if (this.holdWhenReceived !== null && this.received.length === this.holdWhenReceived) {
              this.holdWhenReceived = null;
              this.holding = true;
              while (!this.closed.has(session.id)) await new Promise((resolve) => setTimeout(resolve, 20));
              this.holding = false;
            }
            if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
            if (this.closed.has(session.id)) return callback(new Error('client went away'));
            const hold = this.holdNextAfterAccepting;
            this.holdNextAfterAccepting = false;
            const header = (name: string) => {
              const value = parsed.headers.get(name);
              return value === undefined ? undefined : typeof value === 'string' ? value : JSON.stringify(value);
            };
            this.received.push({
              to: session.envelope.rcptTo.map((r) => r.address).join(','),
              messageId: parsed.messageId ?? '',
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              language: header('content-language'),
              listUnsubscribe: parsed.headerLines.find((line) => line.key === 'list-unsubscribe')?.line,
              parsed,
            });
            if (!hold) callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  to(address: string): Received[] {
    return this.received.filter((mail) => mail.to === address);
  }

  /** Waits until `condition` holds over what has been received; fails with what was received otherwise. */
  async waitFor(condition: (received: Received[]) => boolean, timeoutMs = 20_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!condition(this.received)) {
      if (Date.now() > until) throw new Error(`mail not as expected; received: ${JSON.stringify(this.received.map((m) => [m.to, m.subject]))}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
