import { describe, expect, it } from "vitest";
import {
  acceptTotp,
  newRecoveryCodes,
  newTotpSecret,
  recoveryDigest,
  totpCode,
  totpUri,
} from "./totp";

describe("TOTP", () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 10, 27, 10, 0, 0);
  const step = Math.floor(now / 30_000);

  it("accepts the current code and the neighbouring steps, once each", () => {
    expect(acceptTotp(secret, totpCode(secret, now), 0, now)).toBe(step);
    expect(acceptTotp(secret, totpCode(secret, now - 30_000), 0, now)).toBe(step - 1);
    expect(acceptTotp(secret, totpCode(secret, now + 30_000), 0, now)).toBe(step + 1);
    expect(acceptTotp(secret, totpCode(secret, now), step, now)).toBeNull();
  });

  it("refuses old, malformed and foreign codes", () => {
    expect(acceptTotp(secret, totpCode(secret, now - 120_000), 0, now)).toBeNull();
    expect(acceptTotp(secret, "12345", 0, now)).toBeNull();
    expect(acceptTotp(secret, "abcdef", 0, now)).toBeNull();
    expect(acceptTotp(newTotpSecret(), totpCode(secret, now), 0, now)).toBeNull();
  });

  it("builds an otpauth address for authenticator apps", () => {
    expect(totpUri(secret, "coordinatore@pdz-pavia.example")).toMatch(
      /^otpauth:\/\/totp\/Zona:coordinatore%40pdz-pavia\.example\?/,
    );
  });

  it("makes distinct recovery codes and digests them case-insensitively", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    expect(codes[0]).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(recoveryDigest(codes[0] ?? "")).toBe(recoveryDigest((codes[0] ?? "").toUpperCase()));
  });
});
