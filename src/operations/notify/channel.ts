/**
 * How a message leaves the outbox. E-mail is one channel (smtp-channel.ts); a Telegram bot can be
 * another: anything that takes a message and resolves once the other side has accepted it, or
 * throws when it has not (then the sender retries later).
 */

/** A message as the outbox holds it. */
export interface OutgoingMessage {
  /** The outbox row; channels may use it as a message id the other side can deduplicate on. */
  id: number;
  dedupeKey: string;
  recipient: string;
  subject: string;
  text: string;
  html: string | null;
}

/** A way to deliver messages. */
export interface MessageChannel {
  /** Resolves when the message was accepted for delivery; throws when it was not. */
  send(message: OutgoingMessage): Promise<void>;
  /** Lets go of connections (the CLI's process must be able to end). */
  close?(): void;
}
