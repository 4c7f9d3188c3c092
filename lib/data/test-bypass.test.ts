import { afterEach, describe, expect, it, vi } from "vitest";
import { appScopeBypassed } from "./test-bypass";

describe("appScopeBypassed", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it("is off unless the variable is set", () => {
    vi.stubEnv("NODE_ENV", "development");
    vi.stubEnv("ZONA_TEST_BYPASS_APP_SCOPE", "");
    expect(appScopeBypassed("person.read")).toBe(false);
  });

  it("is off in production even with the variable set", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("ZONA_TEST_BYPASS_APP_SCOPE", "1");
    expect(appScopeBypassed("person.read")).toBe(false);
  });

  it("is on in development with the variable set, and says so", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    vi.stubEnv("NODE_ENV", "development");
    vi.stubEnv("ZONA_TEST_BYPASS_APP_SCOPE", "1");
    expect(appScopeBypassed("person.read")).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("aggirato: person.read"));
  });
});
