/**
 * A made-up report input of any size, for renderer tests and the benchmark: measures spread over
 * sections, with every status, overdue ones, several funding sources and indicators, and the
 * Kyrgyz letters ң ө ү in the plan's text.
 */
import type { ReportLang } from "../../src/reports/labels.ts";
import type { MeasureInput, ReportInput } from "../../src/reports/report-input.ts";

const STATUS = ["done", "in_progress", "not_started", "postponed", "cancelled"] as const;
const BODIES = ["Мэриянын экономика бөлүмү", "Муниципалдык мүлк башкармалыгы", "Билим берүү бөлүмү"];

/** A report input of `count` measures in `sections` sections ("Үй-бүлөлөрдү колдоо, көңүл буруу"). */
export function sampleInput(count: number, lang: ReportLang = "ky", sections = 5): ReportInput {
  const measures: MeasureInput[] = Array.from({ length: count }, (_, i) => {
    const status = STATUS[i % STATUS.length] as string;
    const percent = status === "done" ? 100 : (i * 17) % 100;
    return {
      sectionId: (i % sections) + 1,
      number: `${(i % sections) + 1}.${Math.floor(i / sections) + 1}`,
      task: `Милдет ${i + 1}: шаардын өнүгүүсүн камсыз кылуу`,
      action: `Иш-чара ${i + 1}: көчөлөрдү жарыктандыруу жана үй-бүлөлөргө жардам көрсөтүү`,
      deadlineText: `2026-жылдын ${(i % 4) + 1}-чейреги`,
      deadlineTo: `2026-${String((i % 4) * 3 + 3).padStart(2, "0")}-28`,
      repeat: null,
      result: "Тургундардын жашоо шарты жакшырат",
      bodies: [
        {
          name: BODIES[i % 3] as string,
          role: "lead",
          organization: { id: (i % 3) + 1, name: BODIES[i % 3] as string },
        },
        {
          name: BODIES[(i + 1) % 3] as string,
          role: "co",
          organization: { id: ((i + 1) % 3) + 1, name: BODIES[(i + 1) % 3] as string },
        },
      ],
      funding: [
        {
          code: "local",
          text: "ЖБ",
          planned: 100_000 * (i + 1),
          spent: status === "done" ? 100_000 * (i + 1) : 0,
        },
        ...(i % 2 === 0 ? [{ code: "republican", text: "РБ", planned: 250_000, spent: 50_000 }] : []),
      ],
      indicators: i % 3 === 0 ? [{ unit: "орун", target: 150, actual: status === "done" ? 150 : null }] : [],
      status,
      percent,
      done: status === "done",
      firstOpenYear: null,
      doneText: status === "not_started" ? "" : `Көңүл бурулду: ${percent} % аткарылды, үй-бүлөлөр тейленди`,
      delayReason: status === "done" ? "" : "Каражат өз убагында бөлүнгөн жок",
    };
  });
  return {
    lang,
    period: "2026-Q2",
    date: "2026-07-05",
    territory: { ky: "Таш-Көмүр шаары", ru: "город Таш-Кумыр" },
    program: {
      title: "Таш-Көмүр шаарын өнүктүрүү программасы",
      approvalNumber: "7",
      approvalDate: "2026-01-20",
    },
    signatories: [{ position: "Таш-Көмүр шаарынын мэри", name: "К.Б. Бектемиров" }],
    sections: Array.from({ length: sections }, (_, i) => ({
      id: i + 1,
      code: String(i + 1),
      title: `Бөлүм ${i + 1}: өнүгүү`,
    })),
    measures,
    reportingRate: { period: "2026-Q2", expected: count * 2, submitted: count, rate: 50 },
  };
}
