// localize: the projection of parsed catalog data onto one locale, before the schema sees it.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { declaredLocales, localize } from "../../src/catalog/locale.js";

const catalog = (extra: Record<string, unknown> = {}) => ({
  course: { locales: ["zh", "en"] },
  table: {
    number: { zh: "第{zh}讲", en: "Lecture {n}" },
    link: { zh: "链接", en: "link" },
    placeholders: { unavailable: "/", pending: { zh: "更新中", en: "Coming soon" } },
    columns: [
      { field: "number", heading: { zh: "章节序号", en: "Lecture" }, align: "center" },
      { field: "title", heading: { zh: "章节名称" } },
      { field: "video", heading: "视频", link: { zh: "视频", en: "Video" } },
    ],
  },
  tables: {
    s2: { where: { season: 2 }, columns: [{ field: "title", heading: { zh: "标题", en: "Title" } }] },
    m1: { where: { group: { zh: "模块一", en: "Module 1" } } },
  },
  lectures: [
    {
      number: 1,
      title: { zh: "变换器", en: "Transformer" },
      summary: { zh: "自注意力" },
      video: [
        { label: { zh: "上", en: "Part 1" }, url: "https://v.example/1" },
        { label: { zh: "下", en: "Part 2" }, url: "https://v.example/2" },
      ],
      code: { label: { zh: "代码" }, url: "./code/" },
      review: "pending",
    },
  ],
  ...extra,
});

describe("localize", () => {
  test("each map becomes the locale's text; link parts, columns, named tables, selections and placeholders included", () => {
    const { value, missing, problems, locales } = localize(catalog(), "en");
    expect(locales).toEqual(["zh", "en"]);
    expect(problems).toEqual([]);
    expect(value).toEqual({
      course: { locales: ["zh", "en"] },
      table: {
        number: "Lecture {n}",
        link: "link",
        placeholders: { unavailable: "/", pending: "Coming soon" },
        columns: [
          { field: "number", heading: "Lecture", align: "center" },
          { field: "title", heading: "章节名称" },
          { field: "video", heading: "视频", link: "Video" },
        ],
      },
      tables: {
        s2: { where: { season: 2 }, columns: [{ field: "title", heading: "Title" }] },
        m1: { where: { group: "Module 1" } },
      },
      lectures: [
        {
          number: 1,
          title: "Transformer",
          summary: "自注意力",
          video: [
            { label: "Part 1", url: "https://v.example/1" },
            { label: "Part 2", url: "https://v.example/2" },
          ],
          code: { label: "代码", url: "./code/" },
          review: "pending",
        },
      ],
    });
    expect(missing).toEqual([
      {
        path: ["table", "columns", 1, "heading"],
        locale: "en",
        fallback: "zh",
        what: 'column "title": "heading"',
      },
      { path: ["lectures", 0, "summary"], locale: "en", fallback: "zh", what: 'lecture 1: "summary"' },
      {
        path: ["lectures", 0, "code", "label"],
        locale: "en",
        fallback: "zh",
        what: 'lecture 1: "code" label',
      },
    ]);
  });

  test("the default locale is the first declared; nothing is missing in it", () => {
    const { value, missing, chosen } = localize(catalog());
    const lecture = (value as { lectures: Record<string, unknown>[] }).lectures[0];
    expect(lecture?.title).toBe("变换器");
    expect(lecture?.summary).toBe("自注意力");
    expect(missing).toEqual([]);
    expect(chosen).toContainEqual({ path: ["lectures", 0, "title"], key: "zh" });
    expect(chosen).toHaveLength(13);
  });

  test("the input is not changed, and a catalog without maps is returned as it is", () => {
    const raw = catalog();
    const before = structuredClone(raw);
    localize(raw, "en");
    expect(raw).toEqual(before);
    const plain = { lectures: [{ number: 1, title: "A", video: { url: "https://a.example/" } }] };
    expect(localize(plain).value).toBe(plain);
  });

  test("an undeclared locale key is an error at that key, with did-you-mean and the declared locales", () => {
    const raw = catalog({ lectures: [{ number: 3, title: { zh: "量化", eb: "Quantisation", fr: "x" } }] });
    expect(localize(raw, "en").problems).toEqual([
      {
        path: ["lectures", 0, "title"],
        key: "eb",
        rule: "locale/undeclared",
        message: 'lecture 3: "title": "eb" is not a declared locale',
        hint: 'did you mean "en"? course.locales declares zh, en',
      },
      {
        path: ["lectures", 0, "title"],
        key: "fr",
        rule: "locale/undeclared",
        message: 'lecture 3: "title": "fr" is not a declared locale',
        hint: "course.locales declares zh, en",
      },
    ]);
  });

  test("a translation that is not text, and a map without the default locale, are errors", () => {
    const raw = catalog({ lectures: [{ number: 2, title: { zh: 2024, en: "x" }, summary: { en: "y" } }] });
    expect(localize(raw, "en").problems).toEqual([
      {
        path: ["lectures", 0, "title", "zh"],
        rule: "locale/not-text",
        message: 'lecture 2: "title": the zh translation must be text, got number 2024',
        hint: 'quote it: "2024"',
      },
    ]);
    expect(localize(raw, "zh").problems.map((p) => [p.rule, p.message])).toEqual([
      ["locale/not-text", 'lecture 2: "title": the zh translation must be text, got number 2024'],
      ["locale/missing-default", 'lecture 2: "summary" has no zh text (the default locale)'],
    ]);
  });

  test("a map of language codes without course.locales is an error that says how to declare them", () => {
    const raw = { lectures: [{ number: 1, title: { zh: "变换器", en: "Transformer" } }] };
    expect(localize(raw).problems).toEqual([
      {
        path: ["lectures", 0, "title"],
        rule: "locale/undeclared",
        message: 'lecture 1: "title" is a map of translations, but course.locales declares no languages',
        hint: "declare them under course, the default first: locales: [zh, en]",
      },
    ]);
  });

  test("maps outside text positions, and mappings that are not translations, are left for the schema", () => {
    const raw = catalog({
      links: { hosts: { zh: { concurrency: 1 } } },
      lectures: [{ number: { zh: 1 }, title: { Title: "x" }, video: { zh: "https://a.example/" } }],
    });
    const { value, problems } = localize(raw, "en");
    expect(problems).toEqual([]);
    expect((value as Record<string, unknown>).links).toEqual({ hosts: { zh: { concurrency: 1 } } });
    expect((value as { lectures: unknown[] }).lectures).toEqual([
      { number: { zh: 1 }, title: { Title: "x" }, video: { zh: "https://a.example/" } },
    ]);
  });

  test("an output's locale must be declared", () => {
    const raw = catalog({
      outputs: [
        { path: "a.md", locale: "en" },
        { path: "b.md", locale: "eng" },
      ],
    });
    expect(localize(raw).problems).toEqual([
      {
        path: ["outputs", 1, "locale"],
        rule: "locale/undeclared",
        message: 'output locale "eng" is not declared in course.locales',
        hint: 'did you mean "en"? course.locales declares zh, en',
      },
    ]);
  });

  test("messages name a lecture by its id, else label, else a safe number, else its place", () => {
    const lectures = [
      { id: "intro", label: "L0", number: 0, title: { zh: 1 } },
      { label: "HW1", number: 1, title: { zh: 1 } },
      { number: 2, title: { zh: 1 } },
      { number: 2 ** 60, title: { zh: 1 } },
      { number: "3", title: { zh: 1 } },
    ];
    expect(localize(catalog({ lectures })).problems.map((p) => p.message)).toEqual([
      'lecture intro: "title": the zh translation must be text, got number 1',
      'lecture HW1: "title": the zh translation must be text, got number 1',
      'lecture 2: "title": the zh translation must be text, got number 1',
      'lecture #4: "title": the zh translation must be text, got number 1',
      'lecture #5: "title": the zh translation must be text, got number 1',
    ]);
  });

  test("a translation that is no text is described, and only a number or boolean is told to be quoted", () => {
    const title = (zh: unknown) => ({ number: 1, title: { zh, en: "x" } });
    const raw = catalog({ lectures: [null, [], {}, true].map(title) });
    expect(localize(raw).problems.map((p) => `${p.message} | ${p.hint}`)).toEqual([
      'lecture 1: "title": the zh translation must be text, got nothing | write the text here',
      'lecture 1: "title": the zh translation must be text, got a list | write the text here',
      'lecture 1: "title": the zh translation must be text, got a mapping | write the text here',
      'lecture 1: "title": the zh translation must be text, got boolean true | write the text here',
    ]);
  });

  test("a translation present but not text falls back to the default without a missing-translation warning", () => {
    const raw = {
      course: { locales: ["zh", "en"] },
      lectures: [{ number: 1, title: { zh: "变换器", en: 7 } }],
    };
    const { value, missing, chosen, problems } = localize(raw, "en");
    expect((value as { lectures: Record<string, unknown>[] }).lectures[0]?.title).toBe("变换器");
    expect(missing).toEqual([]);
    expect(chosen).toEqual([{ path: ["lectures", 0, "title"], key: "zh" }]);
    expect(problems.map((p) => p.rule)).toEqual(["locale/not-text"]);
  });

  test("an empty mapping is no map of translations, with or without declared locales", () => {
    const lectures = [{ number: 1, title: {} }];
    expect(localize({ lectures })).toMatchObject({ problems: [], chosen: [], missing: [] });
    const declared = { course: { locales: ["zh", "en"] }, lectures };
    expect(localize(declared, "en")).toMatchObject({
      value: declared,
      problems: [],
      chosen: [],
      missing: [],
    });
  });

  test("an output locale in a catalog of one language: the hint declares it", () => {
    expect(
      localize({ outputs: [{ path: "a.md", locale: "en" }, "b.md", { path: "c.md" }] }).problems,
    ).toEqual([
      {
        path: ["outputs", 0, "locale"],
        rule: "locale/undeclared",
        message: 'output locale "en" is not declared in course.locales',
        hint: "declare the catalog's locales under course, the default first: locales: [en]",
      },
    ]);
  });

  test("entries that are no mapping are skipped, and a value that is no mapping is returned as it is", () => {
    const raw = catalog({
      tables: { a: 3, b: { where: 4 } },
      lectures: [5, { number: 1, title: { en: "T" } }],
    });
    const { value, problems } = localize(raw, "en");
    expect((value as { tables: unknown }).tables).toEqual({ a: 3, b: { where: 4 } });
    expect((value as { lectures: unknown[] }).lectures).toEqual([5, { number: 1, title: "T" }]);
    expect(problems).toEqual([]);
    expect(localize("text")).toEqual({ value: "text", locales: [], chosen: [], missing: [], problems: [] });
  });

  test("each text place is named in messages: table settings, placeholders, columns, selections, link parts", () => {
    const bad = { zh: 1, en: "x" };
    const raw = {
      course: { locales: ["zh", "en"] },
      table: {
        number: bad,
        link: bad,
        placeholders: { unavailable: bad, pending: bad },
        columns: [{ field: "title", link: bad }, { heading: bad }],
      },
      tables: { s: { where: { group: bad } } },
      lectures: [
        {
          number: 1,
          video: [
            { url: "https://a.example/", label: "a" },
            { url: "https://b.example/", label: bad },
          ],
        },
      ],
    };
    expect(localize(raw).problems.map((p) => p.message)).toEqual([
      '"table.number": the zh translation must be text, got number 1',
      '"table.link": the zh translation must be text, got number 1',
      '"table.placeholders.unavailable": the zh translation must be text, got number 1',
      '"table.placeholders.pending": the zh translation must be text, got number 1',
      'column "title": "link": the zh translation must be text, got number 1',
      'column "#2": "heading": the zh translation must be text, got number 1',
      'table "s": "where.group": the zh translation must be text, got number 1',
      'lecture 1: "video" part 2 label: the zh translation must be text, got number 1',
    ]);
  });

  test("a map of locale-like keys none of which is declared is still a translation map", () => {
    const raw = { course: { locales: ["zh", "en"] }, lectures: [{ number: 1, title: { fr: "x" } }] };
    expect(localize(raw).problems).toEqual([
      {
        path: ["lectures", 0, "title"],
        key: "fr",
        rule: "locale/undeclared",
        message: 'lecture 1: "title": "fr" is not a declared locale',
        hint: "course.locales declares zh, en",
      },
      {
        path: ["lectures", 0, "title"],
        rule: "locale/missing-default",
        message: 'lecture 1: "title" has no zh text (the default locale)',
        hint: "add zh: …; the default locale's text is shown wherever a translation is missing",
      },
    ]);
  });

  test("a map with one declared locale is a translation map even with other keys", () => {
    const raw = {
      course: { locales: ["zh", "en"] },
      lectures: [{ number: 1, title: { zh: "一", Title: "x" } }],
    };
    expect(localize(raw).problems.map((p) => `${p.key}: ${p.message}`)).toEqual([
      'Title: lecture 1: "title": "Title" is not a declared locale',
    ]);
  });

  test("without declared locales only a map whose every key looks like a locale is reported", () => {
    const lectures = [{ number: 1, title: { Title: "x" }, summary: { zh: "一", Summary: "y" } }];
    expect(localize({ lectures }).problems).toEqual([]);
  });

  test("null, an absent translation, missing settings and an empty output locale are no crash", () => {
    expect(localize(null).value).toBeNull();
    const raw = {
      course: { locales: ["zh", "en"] },
      table: { number: "n" },
      tables: { a: null, b: { where: null } },
      lectures: [null, { number: 1, title: { zh: undefined, en: "x" } }],
      outputs: [{ path: "a.md", locale: "" }],
    };
    expect(localize(raw).problems.map((p) => `${p.message} | ${p.hint}`)).toEqual([
      'lecture 1: "title": the zh translation must be text, got nothing | write the text here',
      'output locale "" is not declared in course.locales | course.locales declares zh, en',
    ]);
  });

  test("asking for an undeclared locale is a bug of the caller", () => {
    expect(() => localize(catalog(), "fr")).toThrow('localize: "fr" is not a declared locale');
  });

  test("property: every locale's projection holds no translation map, and the default's misses nothing", () => {
    const text = fc.string({ maxLength: 8 });
    const entry = fc.oneof(
      text,
      fc.record({ zh: text }),
      fc.record({ zh: text, en: text }),
      fc.record({ zh: text, en: text }, { requiredKeys: ["zh"] }),
    );
    fc.assert(
      fc.property(fc.array(fc.record({ title: entry, summary: entry }), { maxLength: 5 }), (lectures) => {
        const raw = { course: { locales: ["zh", "en"] }, lectures };
        for (const locale of ["zh", "en"]) {
          const { value, problems, missing } = localize(raw, locale);
          expect(problems).toEqual([]);
          for (const lecture of (value as { lectures: Record<string, unknown>[] }).lectures) {
            expect(typeof lecture.title).toBe("string");
            expect(typeof lecture.summary).toBe("string");
          }
          if (locale === "zh") expect(missing).toEqual([]);
          const absent = lectures.flatMap((l, i) =>
            (["title", "summary"] as const).flatMap((f) => {
              const v = l[f];
              return typeof v === "object" && !("en" in v) ? [`${i}.${f}`] : [];
            }),
          );
          if (locale === "en") expect(missing.map((m) => m.path.slice(1).join("."))).toEqual(absent);
        }
      }),
    );
  });
});

describe("declaredLocales", () => {
  test("keeps valid distinct codes in order; a bad or repeated code is an error at its place", () => {
    expect(declaredLocales({ course: { locales: ["zh-Hans", "en", "English", "en", 3] } })).toEqual({
      locales: ["zh-Hans", "en"],
      problems: [
        {
          path: ["course", "locales", 2],
          rule: "locale/bad-code",
          message: '"English" is not a language code',
          hint: "write a BCP 47 language tag such as zh, en, zh-Hans or pt-BR",
        },
        {
          path: ["course", "locales", 3],
          rule: "locale/duplicate",
          message: 'locale "en" is declared twice',
          hint: "list each locale once; the first is the default",
        },
      ],
    });
    expect(declaredLocales({ course: {} })).toEqual({ locales: [], problems: [] });
  });
});
