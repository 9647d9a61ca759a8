// A problem matcher: on a runner, every `file:line:col: severity: message [rule]` line syllabus
// prints (the one reporter's text: every command's problems, link findings included) becomes an
// annotation on that line of the file.
// A first line of an error carries the `syllabus: ` prefix; an error may print without severity.

export const MATCHER_OWNER = "syllabus";

export const PROBLEM_MATCHER = {
  problemMatcher: [
    {
      owner: MATCHER_OWNER,
      pattern: [
        {
          regexp:
            "^(?:syllabus: )?([^\\s:][^:]*):(\\d+):(\\d+): (?:(error|warning): )?(.*) \\[([\\w/-]+)\\]$",
          file: 1,
          line: 2,
          column: 3,
          severity: 4,
          message: 5,
          code: 6,
        },
      ],
    },
  ],
};
