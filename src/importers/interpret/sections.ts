import type { Section } from "../../domain/plan.ts";

const NUMBERED = /^((?:\d+\.)*\d+)\.?\s+(\S.*)$/;
const ROMAN = /^([IVXLC]+)\.\s*(\S.*)$/;
const WORDED = /^((?:раздел|бөлүм|глава|багыт)\s+\S+?|\S+?-(?:бөлүм|багыт))[.:]?\s+(\S.*)$/i;

/** Splits a heading into its code ("4.1.1", "II") and title; code null when unnumbered. */
export function splitHeading(text: string): { code: string | null; title: string } {
  const match = text.match(NUMBERED) ?? text.match(ROMAN) ?? text.match(WORDED);
  if (!match) return { code: null, title: text };
  return { code: match[1] as string, title: (match[2] as string).trim() };
}

/** Makes the next section, its parent the nearest earlier section whose code is a prefix of its own. */
export function nextSection(text: string, earlier: Section[]): Section {
  const { code, title } = splitHeading(text);
  let parent: string | null = null;
  if (code?.includes(".")) {
    for (let i = earlier.length - 1; i >= 0; i--) {
      const candidate = earlier[i] as Section;
      if (candidate.code !== null && code.startsWith(`${candidate.code}.`)) {
        parent = candidate.id;
        break;
      }
    }
  }
  return { id: `s${earlier.length + 1}`, code, title, parent };
}
