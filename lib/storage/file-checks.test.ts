import { describe, expect, it } from "vitest";
import {
  attachmentDisposition,
  cleanFileName,
  extensionMatches,
  withExtension,
} from "./file-checks";

describe("cleanFileName", () => {
  it.each([
    ["Relazione sociale.pdf", "Relazione sociale.pdf"],
    ["../../etc/passwd", "passwd"],
    ["..\\..\\x.pdf", "x.pdf"],
    ["%2e%2e%2f%2e%2e%2fetc%2fpasswd", "passwd"],
    ["C:\\Users\\anna\\Documenti\\ISEE 2026.pdf", "ISEE 2026.pdf"],
    ["..", "documento"],
    ["", "documento"],
    ["a..b.pdf", "a.b.pdf"],
    ["fattura<1>:2?.pdf", "fattura_1__2_.pdf"],
    ["tab\there\r\n.pdf", "tabhere.pdf"],
    ["evil\u202efdp.exe", "evilfdp.exe"],
    ["%E0%A4%A.pdf", "%E0%A4%A.pdf"],
  ])("%j → %j", (raw, clean) => {
    expect(cleanFileName(raw)).toBe(clean);
  });

  it("keeps at most 120 characters and the extension", () => {
    const long = cleanFileName(`${"è".repeat(200)}.jpeg`);
    expect(long).toHaveLength(120);
    expect(long.endsWith(".jpeg")).toBe(true);
  });
});

describe("extensions", () => {
  it("agree with the detected type, or are added when missing", () => {
    expect(extensionMatches("foto.JPEG", "image/jpeg")).toBe(true);
    expect(extensionMatches("foto.pdf", "image/png")).toBe(false);
    expect(extensionMatches("senza", "application/pdf")).toBe(true);
    expect(withExtension("senza", "image/png")).toBe("senza.png");
    expect(withExtension("con.pdf", "application/pdf")).toBe("con.pdf");
  });
});

describe("attachmentDisposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name (RFC 5987)", () => {
    expect(attachmentDisposition('Verbale "équipe" 100%.pdf')).toBe(
      "attachment; filename=\"Verbale _equipe_ 100_.pdf\"; filename*=UTF-8''Verbale%20%22%C3%A9quipe%22%20100%25.pdf",
    );
    expect(attachmentDisposition("l'atto (1).pdf")).toBe(
      "attachment; filename=\"l'atto (1).pdf\"; filename*=UTF-8''l%27atto%20%281%29.pdf",
    );
  });
});
