/**
 * The e-mail channel: nodemailer over SMTP_URL (smtp://user:pass@host:587, smtps://… for TLS),
 * every message from MAIL_FROM, plain text with an HTML alternative, and a List-Unsubscribe
 * header when the text carries the unsubscribe link.
 */
import nodemailer from "nodemailer";
import type { MessageChannel, OutgoingMessage } from "./channel.ts";

/** An SMTP channel; `smtpUrl` and `from` come from the configuration. */
export function smtpChannel(smtpUrl: string, from: string): MessageChannel {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(message: OutgoingMessage) {
      const unsubscribe = /https?:\/\/\S+\/unsubscribe\/[\w-]+/.exec(message.text)?.[0];
      await transport.sendMail({
        from,
        to: message.recipient,
        subject: message.subject,
        text: message.text,
        ...(message.html !== null && { html: message.html }),
        // a stable id: a receiving system that deduplicates sees a re-sent message as the same one
        messageId: `<outbox-${message.id}.${message.dedupeKey.replace(/[^\w.-]/g, "-")}@kg-plans>`,
        ...(unsubscribe && { headers: { "List-Unsubscribe": `<${unsubscribe}>` } }),
      });
    },
    close: () => transport.close(),
  };
}
