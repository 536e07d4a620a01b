import { describe, expect, it } from "vitest";
import type { Digest } from "../../domain/reminders-digest.ts";
import { renderDigest } from "./digest.ts";

const digest = (locale: "ky" | "ru" | "en"): Digest => ({
  day: "2026-10-02",
  email: true,
  person: {
    userId: 7,
    displayName: 'Айгүл <script>alert("x")</script>',
    email: "a@example.kg",
    locale,
    frequency: "daily",
    organizationId: 1,
    bodyHead: false,
    grants: [],
  },
  programs: [
    {
      programId: 3,
      programTitle: "Программа & <b>план</b>",
      items: [
        {
          programId: 3,
          programTitle: "Программа & <b>план</b>",
          territoryPath: "/1/",
          period: "2026-Q3",
          dueDate: "2026-10-05",
          measureId: 42,
          measureNumber: null,
          measureAction: "Жол <i>куруу</i>",
          deadlineFrom: null,
          deadlineTo: null,
          repeat: null,
          organizationId: 1,
          organizationName: "Мэрия",
          workflow: null,
          stage: "before",
          daysLeft: 3,
          as: "executor",
        },
      ],
    },
  ],
});

const links = { appUrl: "https://x.kg", unsubscribeUrl: "https://x.kg/unsubscribe/abc" };

describe("a digest e-mail", () => {
  it("is written in the person's language, three days before 05.10.2026", () => {
    expect(renderDigest(digest("ky"), links).text).toContain(
      "Жол <i>куруу</i> — Мэрия, 2026-Q3: мөөнөтү 05.10.2026, 3 күн калды",
    );
    expect(renderDigest(digest("ru"), links).subject).toBe("Напоминание об отчётах (02.10.2026): 1");
    expect(renderDigest(digest("en"), links).text).toContain("due 05.10.2026, days left: 3");
  });

  it("escapes everything from documents and people in the HTML version", () => {
    const { html } = renderDigest(digest("en"), links);
    expect(html).not.toMatch(/<script|<b>|<i>/);
    expect(html).toContain("Айгүл &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("Программа &amp; &lt;b&gt;план&lt;/b&gt;");
    expect(html).toContain('<a href="https://x.kg/measures/42">Жол &lt;i&gt;куруу&lt;/i&gt;');
    expect(html).toContain('<a href="https://x.kg/unsubscribe/abc">Unsubscribe from reminders</a>');
  });
});
