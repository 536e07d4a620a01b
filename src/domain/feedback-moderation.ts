/**
 * How a planner moderates a citizen's question: publish it, hide it with a reason, or answer it
 * officially (an answer is shown, so answering publishes). Every question starts pending; nothing
 * is shown publicly until a person publishes or answers it.
 */
import { AppError } from "./errors.ts";
import type { FeedbackStatus } from "./views/feedback.ts";

/** What a planner does with a question. */
export type ModerationAction =
  | { action: "publish" }
  | { action: "hide"; reason: string }
  | { action: "answer"; answer: string };

/** The fields a moderation action sets. */
export interface Moderated {
  status: FeedbackStatus;
  hiddenReason: string | null;
  answer?: string;
}

/** The new state of a question after an action; a hide without a reason, an empty answer → invalid_input. */
export function moderated(input: ModerationAction): Moderated {
  switch (input.action) {
    case "publish":
      return { status: "published", hiddenReason: null };
    case "hide": {
      const reason = input.reason.trim();
      if (reason === "") throw new AppError("invalid_input", "hiding a question needs a reason");
      return { status: "hidden", hiddenReason: reason };
    }
    case "answer": {
      const answer = input.answer.trim();
      if (answer === "") throw new AppError("invalid_input", "an answer cannot be empty");
      return { status: "published", hiddenReason: null, answer };
    }
  }
}
