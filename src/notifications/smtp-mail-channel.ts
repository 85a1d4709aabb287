import { createTransport, Transporter } from 'nodemailer';
import { DeliveryFailed, MailChannel, OutgoingMail } from './mail-channel';

interface SmtpError extends Error {
  code?: string;
  responseCode?: number;
  response?: string;
  command?: string;
}

/** E-mail over SMTP with nodemailer, one connection per message (no pool: a dead relay is found on the next try). */
export class SmtpMailChannel extends MailChannel {
  private readonly transport: Transporter;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    super();
    this.transport = createTransport(smtpOptions(url), { from });
  }

  async send(mail: OutgoingMail): Promise<{ response: string }> {
    try {
      const info = await this.transport.sendMail({
        from: this.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: { 'Content-Language': mail.language, 'Auto-Submitted': 'auto-generated' },
        ...(mail.unsubscribeUrl ? { list: { unsubscribe: { url: mail.unsubscribeUrl, comment: 'Unsubscribe' } } } : {}),
      });
      if ((info.rejected ?? []).length > 0) throw Object.assign(new Error(`rejected ${mail.to}`), { code: 'EENVELOPE', responseCode: 550 });
      return { response: String(info.response) };
    } catch (error) {
      throw classify(error as SmtpError);
    }
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}

/** The relay's URL as nodemailer's options, with bounded waits well inside a claim's lease (NOTIFICATIONS_LEASE_SECONDS). */
function smtpOptions(url: string) {
  const parsed = new URL(url);
  const secure = parsed.protocol === 'smtps:';
  const user = decodeURIComponent(parsed.username);
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
    secure,
    ...(user ? { auth: { user, pass: decodeURIComponent(parsed.password) } } : {}),
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  };
}

/** A 5xx answer to RCPT TO refuses the address for good; anything else (no connection, 4xx, a 5xx elsewhere) may pass later. */
function classify(error: SmtpError): DeliveryFailed {
  const response = error.response ?? error.message;
  const refusedAddress = error.code === 'EENVELOPE' && (error.responseCode ?? 0) >= 500 && (error.responseCode ?? 0) < 600;
  return new DeliveryFailed(`${error.code ?? 'SMTP'}: ${response}`, refusedAddress, response);
}
