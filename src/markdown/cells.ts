// Text helpers shared by render, import and report: one-line cell text and lecture labels.
import { toChineseNumeral } from "./numerals.js";

export function lectureLabel(format: string, number: number): string {
  return format.replaceAll("{n}", String(number)).replaceAll("{zh}", toChineseNumeral(number));
}

/** Table cells are one line: runs of white space, newlines included, become one space. */
export function cellText(text: string | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}
