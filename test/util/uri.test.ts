import { describe, expect, test } from "vitest";
import { hasCredentials, redactUrl, safeDecode, shortenUrl } from "../../src/util/uri.js";

describe("safeDecode", () => {
  test("decodes percent-encoding, and gives undefined for a malformed escape instead of throwing", () => {
    expect(safeDecode("a%20b%E4%B8%AD")).toBe("a b中");
    expect(safeDecode("%E0%A4")).toBeUndefined();
    expect(safeDecode("%zz")).toBeUndefined();
  });
});

describe("hasCredentials", () => {
  test("a user name alone or a password alone counts; neither does not", () => {
    expect(hasCredentials(new URL("https://user@h.example/"))).toBe(true);
    expect(hasCredentials(new URL("https://:secret@h.example/"))).toBe(true);
    expect(hasCredentials(new URL("https://h.example/a@b"))).toBe(false);
  });
});

describe("redactUrl", () => {
  test("user and password become *** and the password is dropped", () => {
    expect(redactUrl("https://user:secret@h.example/x?q=1")).toBe("https://***@h.example/x?q=1");
  });

  test("a URL without credentials is returned exactly as written, not normalised", () => {
    expect(redactUrl("HTTPS://H.example/a@b")).toBe("HTTPS://H.example/a@b");
  });

  test("text that is not a URL still has its userinfo masked", () => {
    expect(redactUrl("http://user:secret@[bad/x")).toBe("http://***@[bad/x");
    expect(redactUrl("not a url")).toBe("not a url");
  });
});

describe("shortenUrl", () => {
  test("80 characters are kept whole; 81 are cut at 80 with the full length", () => {
    const eighty = `https://h.example/${"a".repeat(62)}`;
    expect(eighty).toHaveLength(80);
    expect(shortenUrl(eighty)).toBe(eighty);
    expect(shortenUrl(`${eighty}b`)).toBe(`${eighty}… (81 characters)`);
  });

  test("the kept length can be chosen", () => {
    expect(shortenUrl("https://h.example/", 8)).toBe("https://… (18 characters)");
  });
});
