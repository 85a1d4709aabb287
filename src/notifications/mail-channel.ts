/** The e-mail channel port: the dispatcher sends through it, an adapter (SMTP) carries it. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** `<id@host>`: the same for every attempt of one notification. */
  messageId: string;
  language: string;
  /** RFC 2369/8058 List-Unsubscribe target; none for an account's own link (invitation, password reset). */
  unsubscribeUrl?: string;
}

/** The relay did not take the message. `permanent`: it refused the address (5xx on RCPT); do not try it again. */
export class DeliveryFailed extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly response: string,
  ) {
    super(message);
    this.name = 'DeliveryFailed';
  }
}

export abstract class MailChannel {
  /** Resolves with the relay's answer once it has accepted the message; throws DeliveryFailed otherwise. */
  abstract send(mail: OutgoingMail): Promise<{ response: string }>;
  abstract close(): Promise<void>;
}
