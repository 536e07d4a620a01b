import { describe, expect, it } from "vitest";
import { loadMailConfig } from "./config.ts";

describe("the e-mail settings", () => {
  it("default to no SMTP, localhost links, 3 days before, after 8 o'clock", () => {
    expect(loadMailConfig({})).toEqual({
      smtpUrl: undefined,
      from: "kg-plans <noreply@localhost>",
      appUrl: "http://localhost:3000",
      daysBefore: 3,
      hour: 8,
    });
  });

  it("read SMTP_URL, MAIL_FROM, APP_URL (without its trailing slash) and the schedule", () => {
    const env = {
      SMTP_URL: "smtp://u:p@mail:587",
      MAIL_FROM: "Пландар <noreply@example.kg>",
      APP_URL: "https://plans.example.kg/",
      REMINDER_DAYS_BEFORE: "5",
      REMINDER_HOUR: "0",
    };
    expect(loadMailConfig(env)).toEqual({
      smtpUrl: "smtp://u:p@mail:587",
      from: "Пландар <noreply@example.kg>",
      appUrl: "https://plans.example.kg",
      daysBefore: 5,
      hour: 0,
    });
  });

  it("refuse a malformed number as a user error", () => {
    for (const env of [{ REMINDER_HOUR: "24" }, { REMINDER_DAYS_BEFORE: "-1" }, { REMINDER_HOUR: "eight" }])
      expect(() => loadMailConfig(env)).toThrow(expect.objectContaining({ code: "invalid_input" }));
  });
});
